import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contacts } from "../db/schema/index.ts";
import { contactKeys } from "./contact-keys.ts";
import type { ContactPatch, ContactRow } from "./contact-types.ts";
import { findContact } from "./find-contact.ts";
import { normalizeContactPatch } from "./normalize-contact-patch.ts";
import { recordFieldSources, type SourceStamp } from "./record-field-sources.ts";

/** The fields of a patch whose value differs from the row's. */
export function changedFields(row: ContactRow, patch: ContactPatch): ContactPatch {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && row[key as keyof ContactPatch] !== value) out[key] = value;
  }
  return out as ContactPatch;
}

/** Writes a patch to a contact inside a transaction; returns the fields that changed. */
export async function applyContactPatch(
  tx: Parameters<typeof findContact>[0],
  row: ContactRow,
  patch: ContactPatch,
  stamp: SourceStamp,
): Promise<{ row: ContactRow; changed: ContactPatch }> {
  const changed = changedFields(row, normalizeContactPatch(patch));
  if (Object.keys(changed).length === 0) return { row, changed };
  const next = { ...row, ...changed };
  const [updated] = await tx
    .update(contacts)
    .set({ ...changed, ...contactKeys(next), updatedAt: stamp.at ?? new Date() })
    .where(eq(contacts.id, row.id))
    .returning();
  await recordFieldSources(tx, row.campaignId, row.id, changed, stamp);
  return { row: updated, changed };
}

/**
 * Updates a contact's fields (normalised as on creation); only the fields that change are
 * written, each with its source appended to the history.
 */
export async function updateContact(
  db: Db,
  input: { campaignId: string; contactId: string; patch: ContactPatch; stamp: SourceStamp },
): Promise<ContactRow> {
  return db.transaction(async (tx) => {
    const row = await findContact(tx, input.campaignId, input.contactId, { live: true, lock: true });
    return (await applyContactPatch(tx, row, input.patch, input.stamp)).row;
  });
}
