import { and, asc, eq, isNull } from "drizzle-orm";
import { contacts } from "../db/schema/index.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import { addTags } from "./add-tags.ts";
import type { ConsentInput, ContactPatch, ContactRow } from "./contact-types.ts";
import { insertContact } from "./create-contact.ts";
import { currentConsents } from "./current-consents.ts";
import { insertConsents } from "./insert-consents.ts";
import type { MappedRow } from "./map-contact-row.ts";
import type { SourceStamp } from "./record-field-sources.ts";
import { applyContactPatch } from "./update-contact.ts";

/** The file a row comes from, for the consents' proof. */
export interface ImportContext {
  campaignId: string;
  importId: string;
  fileName: string;
  fileHash: string;
  sourceLabel: string;
  stamp: SourceStamp;
}

/** The live contact a row is (same external id, else same e-mail), if any. */
async function findExisting(tx: Tx, campaignId: string, f: ContactPatch): Promise<ContactRow | undefined> {
  for (const [column, value] of [
    [contacts.externalId, f.externalId],
    [contacts.email, f.email],
  ] as const) {
    if (!value) continue;
    const [row] = await tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.campaignId, campaignId), eq(column, value), isNull(contacts.mergedInto)))
      .orderBy(asc(contacts.createdAt))
      .limit(1);
    if (row) return row;
  }
  return undefined;
}

/**
 * Imports one row: the contact with the same external id (NationBuilder's) or e-mail is
 * completed, never emptied (blank cells change nothing, an objection is only ever added),
 * else a contact is created. Opt-ins become consents whose proof is the file (name, hash,
 * line, column, value) and the declared source. An opt-in never overrides a consent already
 * recorded (a withdrawal at the door stays withdrawn); an opt-out withdraws a granted one.
 * Re-importing the same file changes nothing.
 */
export async function importContactRow(
  tx: Tx,
  ctx: ImportContext,
  row: MappedRow,
): Promise<"created" | "updated" | "unchanged"> {
  const fields = Object.fromEntries(
    Object.entries(row.fields).filter(
      ([key, v]) => v !== null && v !== undefined && !(key.startsWith("doNot") && v === false),
    ),
  ) as ContactPatch;
  const existing = await findExisting(tx, ctx.campaignId, fields);
  const stamp = { ...ctx.stamp, sourceRef: ctx.importId };
  let contact: ContactRow;
  let outcome: "created" | "updated" | "unchanged";
  if (existing) {
    const { row: updated, changed } = await applyContactPatch(tx, existing, fields, stamp);
    contact = updated;
    outcome = Object.keys(changed).length > 0 ? "updated" : "unchanged";
  } else {
    contact = await insertContact(tx, { campaignId: ctx.campaignId, fields, stamp });
    outcome = "created";
  }
  if (row.tags.length > 0) await addTags(tx, ctx.campaignId, [contact.id], row.tags, ctx.stamp.by);
  if (row.consents.length === 0) return outcome;
  const current = await currentConsents(tx, ctx.campaignId, contact.id);
  const toRecord: ConsentInput[] = [];
  for (const c of row.consents) {
    const now = current.get(c.purpose);
    if (c.granted ? now !== undefined : now?.granted !== true) continue;
    toRecord.push({
      purpose: c.purpose,
      granted: c.granted,
      wordingVersion: `import:${ctx.fileHash.slice(0, 12)}`,
      wording: `Colonne « ${c.column} » = « ${c.value} » du fichier ${ctx.fileName} (source déclarée : ${ctx.sourceLabel})`,
      channel: "import",
      collectedBy: ctx.sourceLabel,
      proof: {
        importId: ctx.importId,
        file: ctx.fileName,
        fileHash: ctx.fileHash,
        line: row.line,
        column: c.column,
        value: c.value,
      },
    });
  }
  if (toRecord.length > 0) {
    await insertConsents(tx, ctx.campaignId, contact.id, toRecord);
    if (outcome === "unchanged") outcome = "updated";
  }
  return outcome;
}
