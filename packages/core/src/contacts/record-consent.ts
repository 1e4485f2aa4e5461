import type { Db } from "../db/db-type.ts";
import type { ConsentInput } from "./contact-types.ts";
import { findContact } from "./find-contact.ts";
import { insertConsents } from "./insert-consents.ts";

/**
 * Records a consent given or withdrawn for one purpose, with its proof (wording version and
 * text, time, channel, who collected it). Appended to the history, never overwritten;
 * withdrawing 'opinions' erases the opinions stored for the person.
 */
export async function recordConsent(
  db: Db,
  input: { campaignId: string; contactId: string; consent: ConsentInput },
): Promise<void> {
  await db.transaction(async (tx) => {
    await findContact(tx, input.campaignId, input.contactId, { live: true, lock: true });
    await insertConsents(tx, input.campaignId, input.contactId, [input.consent]);
  });
}
