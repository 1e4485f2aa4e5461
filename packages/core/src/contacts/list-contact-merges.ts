import { and, desc, eq, or } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contactMerges } from "../db/schema/index.ts";
import type { MergeRow } from "./get-contact.ts";

/** The campaign's merges, newest first (for one contact: those it took part in). */
export async function listContactMerges(
  db: Db,
  input: { campaignId: string; contactId?: string; limit?: number },
): Promise<MergeRow[]> {
  return db
    .select()
    .from(contactMerges)
    .where(
      and(
        eq(contactMerges.campaignId, input.campaignId),
        input.contactId
          ? or(eq(contactMerges.keptId, input.contactId), eq(contactMerges.mergedId, input.contactId))
          : undefined,
      ),
    )
    .orderBy(desc(contactMerges.mergedAt), desc(contactMerges.id))
    .limit(input.limit ?? 100);
}
