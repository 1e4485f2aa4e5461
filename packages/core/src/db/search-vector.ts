import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";

/** Accented letters of French (and neighbours) and what they fold to: one character each. */
const FROM = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ";
const TO = "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy";

/**
 * SQL that folds a text as foldText does in TypeScript for search: accents removed, œ/æ
 * spelt out, lower case. Accents are translated before lower() so that the result does
 * not depend on the database's locale (PGlite runs in the C locale, where lower() only
 * knows ASCII). Immutable, so it can sit in an index expression: no extension needed
 * (unaccent is not available on every managed PostgreSQL, nor loaded in PGlite by default).
 */
function foldSql(expression: SQL): SQL {
  return sql`lower(replace(replace(replace(replace(translate(${expression}, ${sql.raw(`'${FROM}'`)}, ${sql.raw(`'${TO}'`)}), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'))`;
}

/**
 * The full-text vector searched as one types ('simple' configuration: no stemming, no stop
 * words, since names are not French prose). The same expression builds the GIN index and
 * the query, so PostgreSQL uses the index; `columns` are concatenated with spaces.
 */
export function searchVector(columns: SQLWrapper[]): SQL {
  const joined = sql.join(
    columns.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  );
  return sql`to_tsvector('simple'::regconfig, ${foldSql(joined)})`;
}

/** PostgreSQL's tsvector, for the stored search columns (read as its text form). */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType() {
    return "tsvector";
  },
});

/** The folded full-text vector of columns named in SQL (for a generated column's expression). */
export function searchVectorOf(columnNames: string[]): SQL {
  return searchVector(columnNames.map((name) => sql.identifier(name)));
}
