import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { consents, contactFieldSources, contactMerges, contacts, personTags } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { addTags } from "./add-tags.ts";
import {
  type ContactFieldName,
  type ContactPatch,
  type ContactRow,
  contactFieldNames,
} from "./contact-types.ts";
import { currentConsents } from "./current-consents.ts";
import { findContact } from "./find-contact.ts";
import { applyContactPatch } from "./update-contact.ts";

/** What the kept contact takes from the merged one: empty fields filled, chosen fields replaced. */
export function mergedPatch(
  kept: ContactRow,
  merged: ContactRow,
  take: readonly ContactFieldName[],
): ContactPatch {
  const patch: Record<string, unknown> = {};
  for (const field of contactFieldNames) {
    const mine = kept[field];
    const theirs = merged[field];
    if (field === "doNotCall" || field === "doNotContact") {
      if (theirs === true && mine !== true) patch[field] = true; // an objection is never lost
    } else if (field === "notes") {
      if (theirs && mine && theirs !== mine) patch.notes = `${mine}\n\n${theirs}`;
      else if (theirs && !mine) patch.notes = theirs;
    } else if (theirs !== null && (mine === null || take.includes(field))) patch[field] = theirs;
  }
  return patch as ContactPatch;
}

/** A row for the snapshot: opinions named by question only (they go when their consent goes). */
function withoutOpinions(
  row: ContactRow,
): Omit<ContactRow, "opinions" | "searchVector"> & { opinionKeys: string[] } {
  const { opinions, searchVector: _searchVector, ...rest } = row;
  return { ...rest, opinionKeys: Object.keys((opinions as object | null) ?? {}) };
}

/**
 * Merges a duplicate into the contact kept: every field source, consent and tag of the
 * merged contact moves to the kept one (the consent in force per purpose is then the latest
 * of both), empty fields are filled (and `take` fields replaced) with their origin recorded,
 * objections (do not call / contact) are kept, notes concatenated. The merged contact stays,
 * pointing to the kept one (mergedInto), and contact_merges keeps a snapshot of both as they
 * were. Two contacts linked to different electors are refused (conflict).
 */
export async function mergeContacts(
  db: Db,
  input: {
    campaignId: string;
    keptId: string;
    mergedId: string;
    take?: ContactFieldName[];
    by: string | null;
  },
): Promise<{ kept: ContactRow; mergeId: number }> {
  if (input.keptId === input.mergedId)
    throw new AppError("bad_request", "Un contact ne peut pas être fusionné avec lui-même.");
  return db.transaction(async (tx) => {
    const { campaignId } = input;
    const kept = await findContact(tx, campaignId, input.keptId, { live: true, lock: true });
    const merged = await findContact(tx, campaignId, input.mergedId, { live: true, lock: true });
    if (kept.electorId && merged.electorId && kept.electorId !== merged.electorId) {
      throw new AppError(
        "conflict",
        "Ces deux contacts sont liés à deux électeurs différents : ce ne sont pas la même personne.",
      );
    }
    const tags = (
      await tx.select({ tag: personTags.tag }).from(personTags).where(eq(personTags.contactId, merged.id))
    ).map((t) => t.tag);
    const consentIds = (
      await tx.select({ id: consents.id }).from(consents).where(eq(consents.contactId, merged.id))
    ).map((c) => c.id);
    const [{ id: mergeId }] = await tx
      .insert(contactMerges)
      .values({
        campaignId,
        keptId: kept.id,
        mergedId: merged.id,
        snapshot: {
          kept: withoutOpinions(kept),
          merged: withoutOpinions(merged),
          mergedTags: tags,
          movedConsentIds: consentIds,
          take: input.take ?? [],
        },
        mergedBy: input.by,
      })
      .returning({ id: contactMerges.id });
    await tx
      .update(contactFieldSources)
      .set({ contactId: kept.id })
      .where(eq(contactFieldSources.contactId, merged.id));
    await tx.update(consents).set({ contactId: kept.id }).where(eq(consents.contactId, merged.id));
    await addTags(tx, campaignId, [kept.id], tags, input.by);
    await tx.delete(personTags).where(eq(personTags.contactId, merged.id));
    const patch: ContactPatch = mergedPatch(kept, merged, input.take ?? []);
    const stamp = { source: "manual" as const, sourceRef: `merge:${mergeId}`, by: input.by };
    const { row } = await applyContactPatch(tx, kept, patch, stamp);
    const opinionsConsent = (await currentConsents(tx, campaignId, kept.id, ["opinions"])).get("opinions");
    const opinions = opinionsConsent?.granted
      ? { ...((merged.opinions as object | null) ?? {}), ...((kept.opinions as object | null) ?? {}) }
      : null;
    const [final] = await tx
      .update(contacts)
      .set({
        opinions: opinions && Object.keys(opinions).length > 0 ? opinions : null,
        electorId: row.electorId ?? merged.electorId,
        doorId: row.doorId ?? merged.doorId,
        bureauCode: row.bureauCode ?? merged.bureauCode,
        irisCode: row.irisCode ?? merged.irisCode,
      })
      .where(eq(contacts.id, kept.id))
      .returning();
    await tx
      .update(contacts)
      .set({ mergedInto: kept.id, electorId: null, opinions: null, updatedAt: new Date() })
      .where(eq(contacts.id, merged.id));
    await tx
      .update(contacts)
      .set({ mergedInto: kept.id })
      .where(and(eq(contacts.campaignId, campaignId), eq(contacts.mergedInto, merged.id)));
    return { kept: final, mergeId };
  });
}
