import { and, desc, eq, inArray } from "drizzle-orm";
import { consents } from "../db/schema/index.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import type { ConsentPurpose } from "./contact-types.ts";

export type ConsentRow = typeof consents.$inferSelect;

/** The consent in force per purpose for one contact: the latest recorded (the history stays). */
export async function currentConsents(
  tx: Tx,
  campaignId: string,
  contactId: string,
  purposes?: readonly ConsentPurpose[],
): Promise<Map<ConsentPurpose, ConsentRow>> {
  const rows = await tx
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.campaignId, campaignId),
        eq(consents.contactId, contactId),
        purposes ? inArray(consents.purpose, [...purposes]) : undefined,
      ),
    )
    .orderBy(desc(consents.recordedAt), desc(consents.id));
  const current = new Map<ConsentPurpose, ConsentRow>();
  for (const row of rows) if (!current.has(row.purpose)) current.set(row.purpose, row);
  return current;
}
