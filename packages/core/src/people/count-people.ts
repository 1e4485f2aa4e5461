import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts, electors } from "../db/schema/index.ts";

/** Persons on the imported electoral list (one per person) and live contacts (not merged). */
export async function countPeople(
  db: Db,
  campaignId: string,
): Promise<{ electors: number; contacts: number }> {
  const [e] = await db.select({ n: count() }).from(electors).where(eq(electors.campaignId, campaignId));
  const [c] = await db
    .select({ n: count() })
    .from(contacts)
    .where(and(eq(contacts.campaignId, campaignId), isNull(contacts.mergedInto)));
  return { electors: e?.n ?? 0, contacts: c?.n ?? 0 };
}
