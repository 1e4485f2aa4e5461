import { and, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts, electors } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { ContactRow } from "./contact-types.ts";
import { findContact } from "./find-contact.ts";
import { recordFieldSources } from "./record-field-sources.ts";

/**
 * A human confirms that a contact is this elector (or, with null, undoes the link). The
 * contact takes the elector's door, bureau and IRIS where it has none (the household). An
 * elector already linked to another contact is refused (conflict): merge the two contacts.
 * The confirmation is recorded in the contact's history (field electorId, source manual).
 */
export async function linkContactElector(
  db: Db,
  input: { campaignId: string; contactId: string; electorId: string | null; by: string | null },
): Promise<ContactRow> {
  return db.transaction(async (tx) => {
    const contact = await findContact(tx, input.campaignId, input.contactId, { live: true, lock: true });
    let extra: Partial<ContactRow> = {};
    if (input.electorId !== null) {
      const [elector] = await tx
        .select()
        .from(electors)
        .where(and(eq(electors.campaignId, input.campaignId), eq(electors.id, input.electorId)));
      if (!elector) throw new AppError("not_found", "Électeur introuvable.");
      const [other] = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(
          and(
            eq(contacts.campaignId, input.campaignId),
            eq(contacts.electorId, input.electorId),
            ne(contacts.id, contact.id),
            isNull(contacts.mergedInto),
          ),
        );
      if (other) {
        throw new AppError(
          "conflict",
          "Cet électeur est déjà lié à un autre contact : fusionnez les deux contacts.",
          {
            contactId: other.id,
          },
        );
      }
      extra = {
        doorId: contact.doorId ?? elector.doorId,
        bureauCode: contact.bureauCode ?? elector.bureauCode,
        irisCode: contact.irisCode ?? elector.irisCode,
      };
    }
    const [row] = await tx
      .update(contacts)
      .set({ electorId: input.electorId, ...extra, updatedAt: new Date() })
      .where(eq(contacts.id, contact.id))
      .returning();
    await recordFieldSources(
      tx,
      input.campaignId,
      contact.id,
      { electorId: input.electorId },
      {
        source: "manual",
        by: input.by,
      },
    );
    return row;
  });
}
