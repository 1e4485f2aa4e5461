-- Search as you type over the electoral list (searchPeople, packages/core/src/contacts):
-- a stored, accent-folded full-text vector of the names and street, computed by PostgreSQL
-- on every write, and its GIN index; the same expression as contacts.search_vector
-- (packages/core/src/db/search-vector.ts). Written by hand because the electors table is
-- declared in people.ts (owner: engineer "people"); drizzle's schema does not list the
-- column, and queries name it in SQL. No extension needed (unaccent is not loaded in PGlite).
ALTER TABLE "electors" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, lower(replace(replace(replace(replace(translate(coalesce("first_names", '') || ' ' || coalesce("used_name", '') || ' ' || coalesce("birth_name", '') || ' ' || coalesce("street_number", '') || ' ' || coalesce("street_label", '') || ' ' || coalesce("lieu_dit", ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')))) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "electors_search_idx" ON "electors" USING gin ("search_vector");
