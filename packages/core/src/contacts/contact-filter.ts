import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { contacts } from "../db/schema/index.ts";
import type { ConsentPurpose, ContactSource } from "./contact-types.ts";
import { toPrefixQuery } from "./to-prefix-query.ts";

/**
 * Which contacts a list or an export covers: the segment criteria (same names and meaning
 * as segments; age from the birth year, the only birth datum kept for contacts) and a
 * search text. There is no filter by name as such, birthplace or nationality.
 */
export interface ContactFilter {
  q?: string;
  bureaux?: string[];
  iris?: string[];
  ageMin?: number;
  ageMax?: number;
  sex?: "F" | "M";
  /** Contacts with any of these tags. */
  tags?: string[];
  /** Contacts whose consent in force for this purpose is granted. */
  consent?: ConsentPurpose;
  /** Contacts with at least one field from this source. */
  source?: ContactSource;
}

/** The WHERE clause of a filter over the campaign's live (not merged) contacts. */
export function contactWhere(campaignId: string, f: ContactFilter, today = new Date()): SQL {
  const year = today.getUTCFullYear();
  const query = f.q ? toPrefixQuery(f.q) : null;
  const conditions: (SQL | undefined)[] = [
    eq(contacts.campaignId, campaignId),
    isNull(contacts.mergedInto),
    query ? sql`${contacts.searchVector} @@ to_tsquery('simple', ${query})` : undefined,
    f.bureaux?.length ? inArray(contacts.bureauCode, f.bureaux) : undefined,
    f.iris?.length ? inArray(contacts.irisCode, f.iris) : undefined,
    f.ageMin !== undefined ? sql`${contacts.birthYear} <= ${year - f.ageMin}` : undefined,
    f.ageMax !== undefined ? sql`${contacts.birthYear} >= ${year - f.ageMax}` : undefined,
    f.sex ? eq(contacts.sex, f.sex) : undefined,
    f.tags?.length
      ? sql`exists (select 1 from person_tags t where t.contact_id = ${contacts.id} and t.tag in ${f.tags})`
      : undefined,
    f.consent
      ? sql`(select c.granted from consents c where c.contact_id = ${contacts.id} and c.purpose = ${f.consent}
             order by c.recorded_at desc, c.id desc limit 1) is true`
      : undefined,
    f.source
      ? sql`exists (select 1 from contact_field_sources s where s.contact_id = ${contacts.id} and s.source = ${f.source})`
      : undefined,
  ];
  if (query === "") conditions.push(sql`false`);
  return and(...conditions) as SQL;
}
