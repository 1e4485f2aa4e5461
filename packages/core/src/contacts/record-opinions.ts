import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { currentConsents } from "./current-consents.ts";
import { findContact } from "./find-contact.ts";
import { recordFieldSources, type SourceStamp } from "./record-field-sources.ts";

/** Answers and remarks revealing political opinions (questionnaire answers, a flagged note). */
export type Opinions = Record<string, string | number | boolean | null>;

/**
 * Stores political opinions against a named contact, merged into those already stored
 * (a null value removes a key). Political opinions are sensitive data (RGPD art. 9): this is
 * refused (forbidden) unless the contact's current 'opinions' consent is granted, so no
 * route, import or merge can write them otherwise. Their source is recorded like any field.
 */
export async function recordOpinions(
  db: Db,
  input: { campaignId: string; contactId: string; opinions: Opinions; stamp: SourceStamp },
): Promise<Opinions> {
  return db.transaction(async (tx) => {
    const contact = await findContact(tx, input.campaignId, input.contactId, { live: true, lock: true });
    const consent = (await currentConsents(tx, input.campaignId, input.contactId, ["opinions"])).get(
      "opinions",
    );
    if (!consent?.granted) {
      throw new AppError(
        "forbidden",
        "Opinions politiques non enregistrées : la personne n'a pas donné son consentement explicite (finalité « opinions »).",
      );
    }
    const merged: Opinions = { ...((contact.opinions as Opinions | null) ?? {}) };
    for (const [key, value] of Object.entries(input.opinions)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    await tx
      .update(contacts)
      .set({ opinions: merged, updatedAt: new Date() })
      .where(eq(contacts.id, contact.id));
    // The history names the questions written, never the answers (erased with the consent).
    const keys = Object.keys(input.opinions).sort().join(", ");
    await recordFieldSources(tx, input.campaignId, contact.id, { opinions: keys }, input.stamp);
    return merged;
  });
}
