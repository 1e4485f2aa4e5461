import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts, personTags } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { addTags, cleanTags } from "./add-tags.ts";

/**
 * Bulk tagging from the people list: adds and removes tags on contacts of the campaign.
 * Contacts of another campaign, or merged ones, are refused (not_found).
 */
export async function tagContacts(
  db: Db,
  input: { campaignId: string; contactIds: string[]; add?: string[]; remove?: string[]; by: string | null },
): Promise<{ contacts: number }> {
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: contacts.id, mergedInto: contacts.mergedInto })
      .from(contacts)
      .where(and(eq(contacts.campaignId, input.campaignId), inArray(contacts.id, input.contactIds)));
    const live = new Set(found.filter((c) => c.mergedInto === null).map((c) => c.id));
    const missing = input.contactIds.find((id) => !live.has(id));
    if (missing) throw new AppError("not_found", `Contact introuvable : ${missing}.`);
    if (input.add?.length) await addTags(tx, input.campaignId, input.contactIds, input.add, input.by);
    const remove = cleanTags(input.remove ?? []);
    if (remove.length > 0) {
      await tx
        .delete(personTags)
        .where(
          and(
            eq(personTags.campaignId, input.campaignId),
            inArray(personTags.contactId, input.contactIds),
            inArray(personTags.tag, remove),
          ),
        );
    }
    return { contacts: input.contactIds.length };
  });
}
