import { randomUUID } from "node:crypto";
import type { Db } from "../db/db-type.ts";
import { contacts } from "../db/schema/index.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import { addTags } from "./add-tags.ts";
import { contactKeys } from "./contact-keys.ts";
import type { ConsentInput, ContactPatch, ContactRow } from "./contact-types.ts";
import { insertConsents } from "./insert-consents.ts";
import { normalizeContactPatch } from "./normalize-contact-patch.ts";
import { recordFieldSources, type SourceStamp } from "./record-field-sources.ts";

export interface CreateContactInput {
  campaignId: string;
  fields: ContactPatch;
  stamp: SourceStamp;
  tags?: string[];
  consents?: ConsentInput[];
}

/** Inserts a contact within a transaction (the importer's path; createContact wraps it). */
export async function insertContact(tx: Tx, input: CreateContactInput): Promise<ContactRow> {
  const fields = normalizeContactPatch(input.fields);
  const f = { ...emptyFields, ...fields };
  const [row] = await tx
    .insert(contacts)
    .values({
      id: randomUUID(),
      campaignId: input.campaignId,
      ...f,
      ...contactKeys(f),
      createdBy: input.stamp.by,
      createdAt: input.stamp.at ?? new Date(),
    })
    .returning();
  const written = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== false));
  await recordFieldSources(tx, input.campaignId, row.id, written, input.stamp);
  if (input.tags?.length) await addTags(tx, input.campaignId, [row.id], input.tags, input.stamp.by);
  if (input.consents?.length) await insertConsents(tx, input.campaignId, row.id, input.consents);
  return row;
}

const emptyFields = {
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  mobile: null,
  streetNumber: null,
  streetLabel: null,
  complement: null,
  postalCode: null,
  city: null,
  birthYear: null,
  sex: null,
  notes: null,
  externalId: null,
  doNotCall: false,
  doNotContact: false,
};

/**
 * Creates a contact: fields normalised (E.164 phones, lower-case e-mail), the source of
 * every field recorded, tags and consents (with their proofs) in the same transaction.
 */
export async function createContact(db: Db, input: CreateContactInput): Promise<ContactRow> {
  return db.transaction((tx) => insertContact(tx, input));
}
