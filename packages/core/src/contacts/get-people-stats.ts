import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { consentPurposes, contactSources } from "../db/schema/index.ts";
import type { ConsentPurpose, ContactSource } from "./contact-types.ts";

/** Groups smaller than this are not shown (the count comes back null): no one is singled out. */
export const MIN_PEOPLE_GROUP = 10;

export interface PeopleStats {
  electors: number;
  contacts: number;
  linkedToElectors: number;
  withEmail: number;
  withPhone: number;
  /** Contacts whose consent in force is granted, per purpose. */
  consents: Record<ConsentPurpose, number>;
  /** Contacts with at least one field from each source. */
  sources: Record<ContactSource, number>;
  /** Contacts per bureau; null below MIN_PEOPLE_GROUP. */
  bureaux: { bureauCode: string | null; contacts: number | null }[];
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * The people of a campaign in aggregates only (what an analyst may see): counts of
 * electors and contacts, consents in force per purpose, sources, contacts per bureau with
 * small groups hidden.
 */
export async function getPeopleStats(db: Db, campaignId: string): Promise<PeopleStats> {
  const [t = {}] = await select<Record<string, unknown>>(
    db,
    sql`
    select
      (select count(*) from electors where campaign_id = ${campaignId}) as electors,
      count(*) as contacts,
      count(elector_id) as linked,
      count(email) as with_email,
      count(coalesce(mobile, phone)) as with_phone
    from contacts where campaign_id = ${campaignId} and merged_into is null`,
  );
  const consentRows = await select<{ purpose: ConsentPurpose; n: unknown }>(
    db,
    sql`
    select purpose, count(*) as n from (
      select distinct on (contact_id, purpose) contact_id, purpose, granted
      from consents where campaign_id = ${campaignId}
      order by contact_id, purpose, recorded_at desc, id desc
    ) c where granted group by purpose`,
  );
  const sourceRows = await select<{ source: ContactSource; n: unknown }>(
    db,
    sql`
    select s.source, count(distinct s.contact_id) as n from contact_field_sources s
    join contacts c on c.id = s.contact_id and c.merged_into is null
    where s.campaign_id = ${campaignId} group by s.source`,
  );
  const bureauRows = await select<{ bureau_code: string | null; n: unknown }>(
    db,
    sql`
    select bureau_code, count(*) as n from contacts
    where campaign_id = ${campaignId} and merged_into is null
    group by bureau_code order by bureau_code nulls last`,
  );
  const consents = Object.fromEntries(consentPurposes.map((p) => [p, 0])) as Record<ConsentPurpose, number>;
  for (const r of consentRows) consents[r.purpose] = n(r.n);
  const sources = Object.fromEntries(contactSources.map((s) => [s, 0])) as Record<ContactSource, number>;
  for (const r of sourceRows) sources[r.source] = n(r.n);
  return {
    electors: n(t.electors),
    contacts: n(t.contacts),
    linkedToElectors: n(t.linked),
    withEmail: n(t.with_email),
    withPhone: n(t.with_phone),
    consents,
    sources,
    bureaux: bureauRows.map((r) => ({
      bureauCode: r.bureau_code,
      contacts: n(r.n) >= MIN_PEOPLE_GROUP ? n(r.n) : null,
    })),
  };
}

/** db.execute answers an array on postgres-js and `{ rows }` on PGlite. */
async function select<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
