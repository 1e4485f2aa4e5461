import { and, eq } from "drizzle-orm";
import { consents, contacts } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import type { ConsentInput } from "./contact-types.ts";

/**
 * Appends consents (never updates one: the history is the proof). A withdrawn 'opinions'
 * consent erases the opinions stored against the person in the same transaction.
 */
export async function insertConsents(
  tx: Tx,
  campaignId: string,
  contactId: string,
  list: readonly ConsentInput[],
): Promise<void> {
  for (const c of list) {
    if (c.wording.trim() === "" || c.wordingVersion.trim() === "") {
      throw new AppError(
        "bad_request",
        "consent : le texte et la version du texte présenté sont obligatoires.",
      );
    }
  }
  await tx.insert(consents).values(
    list.map((c) => ({
      campaignId,
      contactId,
      purpose: c.purpose,
      granted: c.granted,
      wordingVersion: c.wordingVersion,
      wording: c.wording,
      channel: c.channel,
      collectedBy: c.collectedBy,
      recordedAt: c.collectedAt ?? new Date(),
      proof: c.proof ?? null,
    })),
  );
  if (list.some((c) => c.purpose === "opinions" && !c.granted)) {
    await tx
      .update(contacts)
      .set({ opinions: null, updatedAt: new Date() })
      .where(and(eq(contacts.campaignId, campaignId), eq(contacts.id, contactId)));
  }
}
