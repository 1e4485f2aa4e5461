import { eq, type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../../analysis/claim-job.ts";
import type { Db } from "../../db/db-type.ts";
import { campaigns } from "../../db/schema/index.ts";
import { AppError } from "../../errors.ts";
import { normaliseBureauCode } from "../../import/results/bureau-code.ts";
import type { Tx } from "../../import/write/insert-columns.ts";
import type { SegmentCriteria } from "./segment-criteria.ts";

/** The campaign whose persons are counted: its id, and its territory (to complete bare bureau numbers). */
interface SegmentScope {
  campaignId: string;
  territory: string;
}

const list = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/**
 * Age bounds as birth bounds, so that the (campaign, birth year, sex) index serves them:
 * age on the day = year − birth year − (month < birth month); an unknown month counts as
 * January. age ≥ a ⇔ (year, month) ≤ (Y − a, M); age ≤ b ⇔ (year, month) > (Y − b − 1, M).
 */
function ageBounds(c: SegmentCriteria, year: SQL, month: SQL, on: Date): SQL[] {
  const Y = on.getUTCFullYear();
  const M = on.getUTCMonth() + 1;
  const out: SQL[] = [];
  if (c.ageMin !== undefined) out.push(sql`(${year}, ${month}) <= (${Y - c.ageMin}::int, ${M}::int)`);
  if (c.ageMax !== undefined) out.push(sql`(${year}, ${month}) > (${Y - c.ageMax - 1}::int, ${M}::int)`);
  return out;
}

/** The consent in force (latest) of contact `id` for the purpose is granted. */
const consentGranted = (id: SQL, purpose: string) => sql`(select k.granted from consents k
  where k.contact_id = ${id} and k.purpose = ${purpose} order by k.recorded_at desc, k.id desc limit 1) is true`;

/** Conditions on electors (alias e): their own data, or a live contact linked to them. */
function electorWhere(scope: SegmentScope, c: SegmentCriteria, bureaux: string[] | undefined, on: Date): SQL {
  const w: SQL[] = [sql`e.campaign_id = ${scope.campaignId}`];
  if (bureaux) w.push(sql`e.bureau_code = any(${list(bureaux)})`);
  if (c.iris) w.push(sql`e.iris_code = any(${list(c.iris)})`);
  if (c.sex) w.push(sql`e.sex = ${c.sex}`);
  w.push(...ageBounds(c, sql`e.birth_year`, sql`coalesce(e.birth_month, 1)`, on));
  const linked = (cond: SQL) =>
    sql`exists (select 1 from contacts lc where lc.elector_id = e.id and lc.merged_into is null and ${cond})`;
  if (c.tags) {
    w.push(sql`(exists (select 1 from person_tags t where t.elector_id = e.id and t.tag = any(${list(c.tags)}))
      or ${linked(sql`exists (select 1 from person_tags t where t.contact_id = lc.id and t.tag = any(${list(c.tags)}))`)})`);
  }
  if (c.consent) w.push(linked(consentGranted(sql`lc.id`, c.consent)));
  if (c.source && c.source !== "electoral_list") {
    w.push(
      linked(
        sql`exists (select 1 from contact_field_sources s where s.contact_id = lc.id and s.source = ${c.source})`,
      ),
    );
  }
  return sql.join(w, sql` and `);
}

/** Conditions on live contacts not linked to an elector (alias c): they are persons of their own. */
function contactWhere(scope: SegmentScope, c: SegmentCriteria, bureaux: string[] | undefined, on: Date): SQL {
  const w: SQL[] = [
    sql`c.campaign_id = ${scope.campaignId}`,
    sql`c.merged_into is null`,
    sql`c.elector_id is null`,
  ];
  if (c.source === "electoral_list") w.push(sql`false`);
  else if (c.source) {
    w.push(
      sql`exists (select 1 from contact_field_sources s where s.contact_id = c.id and s.source = ${c.source})`,
    );
  }
  if (bureaux) w.push(sql`c.bureau_code = any(${list(bureaux)})`);
  if (c.iris) w.push(sql`c.iris_code = any(${list(c.iris)})`);
  if (c.sex) w.push(sql`c.sex = ${c.sex}`);
  w.push(...ageBounds(c, sql`c.birth_year`, sql`1`, on));
  if (c.tags)
    w.push(
      sql`exists (select 1 from person_tags t where t.contact_id = c.id and t.tag = any(${list(c.tags)}))`,
    );
  if (c.consent) w.push(consentGranted(sql`c.id`, c.consent));
  return sql.join(w, sql` and `);
}

/**
 * The one translation of validated criteria to SQL: the persons of a segment are the
 * electors (with the live contacts linked to them: a person counted once) plus the live
 * contacts not linked to an elector. Returns both counts and their sum.
 */
export async function countSegment(
  db: Db | Tx,
  campaignId: string,
  criteria: SegmentCriteria,
  on: Date = new Date(),
): Promise<{ count: number; electors: number; contacts: number }> {
  const [campaign] = await db
    .select({ territory: campaigns.territory })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) throw new AppError("not_found", "Campagne introuvable.");
  const scope: SegmentScope = { campaignId, territory: campaign.territory };
  const commune = /^\d[\dAB]\d{3}$/.test(scope.territory) ? scope.territory : null;
  const bureaux = criteria.bureaux?.map((b) =>
    commune && !b.includes("_") ? normaliseBureauCode(commune, b) : b,
  );
  const result = await db.execute(sql`select
    (select count(*) from electors e where ${electorWhere(scope, criteria, bureaux, on)}) as electors,
    (select count(*) from contacts c where ${contactWhere(scope, criteria, bureaux, on)}) as contacts`);
  const [row] = rowsOf<{ electors: string | number; contacts: string | number }>(result);
  const electors = Number(row.electors);
  const contacts = Number(row.contacts);
  return { count: electors + contacts, electors, contacts };
}
