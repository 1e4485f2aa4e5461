import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../import/write/insert-columns.ts";
import type { ListPerson } from "./merge-list-rows.ts";

const BATCH = 10_000;

type Column = [name: string, type: "text" | "int4", value: (p: ListPerson) => string | number | null];

const COLUMNS: Column[] = [
  ["bureau_code", "text", (p) => p.bureauCode],
  ["order_number", "int4", (p) => p.orderNumber],
  ["birth_name", "text", (p) => p.birthName],
  ["used_name", "text", (p) => p.usedName],
  ["first_names", "text", (p) => p.firstNames],
  ["sex", "text", (p) => p.sex],
  ["birth_year", "int4", (p) => p.birthYear],
  ["birth_month", "int4", (p) => p.birthMonth],
  ["birth_day", "int4", (p) => p.birthDay],
  ["street_number", "text", (p) => p.streetNumber],
  ["street_label", "text", (p) => p.streetLabel],
  ["complement1", "text", (p) => p.complement1],
  ["complement2", "text", (p) => p.complement2],
  ["lieu_dit", "text", (p) => p.lieuDit],
  ["postal_code", "text", (p) => p.postalCode],
  ["city", "text", (p) => p.city],
];

/**
 * Writes the persons of a list: one insert … on conflict (id) do update per batch of
 * 10,000 (arrays unnested by the server), so that a known person keeps its id (and its
 * contacts and tags) and a new one is inserted; every row is stamped with the list.
 */
export async function upsertElectors(
  tx: Tx,
  campaignId: string,
  listId: string,
  persons: readonly ListPerson[],
  ids: readonly string[],
  place: { doors: readonly (number | null)[]; iris: readonly (string | null)[] },
): Promise<void> {
  const names = [...COLUMNS.map(([name]) => name), "door_id", "iris_code"];
  const update: SQL = sql.raw(
    ["list_id", "lists", "municipal_voter", ...names].map((n) => `${n} = excluded.${n}`).join(", "),
  );
  for (let start = 0; start < persons.length; start += BATCH) {
    const part = persons.slice(start, start + BATCH);
    const arrays = [
      sql`${sql.param(ids.slice(start, start + BATCH))}::text[]`,
      sql`${sql.param(part.map((p) => p.lists.join(",")))}::text[]`,
      sql`${sql.param(part.map((p) => (p.municipalVoter ? "t" : "f")))}::text[]`,
      ...COLUMNS.map(([, type, value]) => sql`${sql.param(part.map(value))}::${sql.raw(type)}[]`),
      sql`${sql.param(place.doors.slice(start, start + BATCH))}::int4[]`,
      sql`${sql.param(place.iris.slice(start, start + BATCH))}::text[]`,
    ];
    const alias = ["id", "lists", "mv", ...names].join(", ");
    await tx.execute(sql`
      insert into electors (id, campaign_id, list_id, lists, municipal_voter, ${sql.raw(names.join(", "))})
      select u.id, ${campaignId}, ${listId}, string_to_array(u.lists, ','), u.mv::bool, ${sql.raw(names.map((n) => `u.${n}`).join(", "))}
      from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(alias)})
      on conflict (id) do update set ${update}, updated_at = now()`);
  }
}

/** Removes the electors who left the list (their contacts stay, unlinked). */
export async function deleteElectors(tx: Tx, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += BATCH) {
    await tx.execute(
      sql`delete from electors where id = any(${sql.param(ids.slice(start, start + BATCH))}::text[])`,
    );
  }
}
