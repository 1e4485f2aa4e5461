import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts, electors } from "../db/schema/index.ts";
import { toPrefixQuery } from "./to-prefix-query.ts";

/** One hit of the search box: an elector or a contact, with what tells homonyms apart. */
export interface PersonHit {
  kind: "elector" | "contact";
  id: string;
  name: string;
  /** An elector's birth name when it differs from the name used. */
  birthName: string | null;
  birthYear: number | null;
  address: string;
  bureauCode: string | null;
  /** For a contact: the elector it is linked to; for an elector: null. */
  electorId: string | null;
}

/**
 * The electors' stored search vector (names and street), added with its GIN index by the
 * migration 0005_electors_search.sql: the electors table is declared in people.ts.
 */
export const electorSearchVector = sql`${electors}.search_vector`;

const join = (...parts: (string | null)[]) => parts.filter((p) => p && p.trim() !== "").join(" ");

const byName = (a: PersonHit, b: PersonHit) => a.name.localeCompare(b.name, "fr") || a.id.localeCompare(b.id);

/**
 * Search as you type over the campaign's electors and contacts (names, street; e-mail and
 * city for contacts): every typed word must start a word of the person, accents and case
 * ignored, through GIN full-text indexes on both tables. Contacts first, then electors,
 * `limit` of each, sorted by name. The database is not asked to sort: after one or two
 * letters tens of thousands of people match, and sorting them all means reading them all
 * (p95 of 195 ms on PGlite with 100,000 persons); the first `limit` matches come straight
 * off the index, and each further letter narrows them.
 */
export async function searchPeople(
  db: Db,
  input: { campaignId: string; q: string; limit?: number },
): Promise<PersonHit[]> {
  const query = toPrefixQuery(input.q);
  if (query === "") return [];
  const limit = input.limit ?? 20;
  const [contactRows, electorRows] = await Promise.all([
    db
      .select()
      .from(contacts)
      .where(
        and(
          eq(contacts.campaignId, input.campaignId),
          isNull(contacts.mergedInto),
          sql`${contacts.searchVector} @@ to_tsquery('simple', ${query})`,
        ),
      )
      .limit(limit),
    db
      .select()
      .from(electors)
      .where(
        and(
          eq(electors.campaignId, input.campaignId),
          sql`${electorSearchVector} @@ to_tsquery('simple', ${query})`,
        ),
      )
      .limit(limit),
  ]);
  const hits = [
    ...contactRows.map((c) => ({
      kind: "contact" as const,
      id: c.id,
      name: join(c.firstName, c.lastName),
      birthName: null,
      birthYear: c.birthYear,
      address: join(c.streetNumber, c.streetLabel, c.postalCode, c.city),
      bureauCode: c.bureauCode,
      electorId: c.electorId,
    })),
    ...electorRows.map((e) => ({
      kind: "elector" as const,
      id: e.id,
      name: join(e.firstNames, e.usedName ?? e.birthName),
      birthName: e.usedName && e.usedName !== e.birthName ? e.birthName : null,
      birthYear: e.birthYear,
      address: join(e.streetNumber, e.streetLabel, e.lieuDit, e.postalCode, e.city),
      bureauCode: e.bureauCode,
      electorId: null,
    })),
  ];
  return [
    ...hits.filter((h) => h.kind === "contact").sort(byName),
    ...hits.filter((h) => h.kind === "elector").sort(byName),
  ];
}
