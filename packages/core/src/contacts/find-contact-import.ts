import { and, eq } from "drizzle-orm";
import { contactImports, importMappings } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import { type ColumnMapping, detectColumnMapping } from "./contact-columns.ts";
import { headerSignature } from "./header-signature.ts";
import { type ContactFile, parseContactFile } from "./parse-contact-file.ts";

export type ContactImportRow = typeof contactImports.$inferSelect;

/**
 * An uploaded file still waiting for its confirmation, parsed, with the mapping to offer:
 * the one remembered for its header signature, else the one detected from column names.
 */
export async function findContactImport(
  tx: Tx,
  campaignId: string,
  importId: string,
): Promise<{
  upload: ContactImportRow;
  file: ContactFile;
  signature: string;
  mapping: ColumnMapping;
  remembered: boolean;
}> {
  const [upload] = await tx
    .select()
    .from(contactImports)
    .where(and(eq(contactImports.campaignId, campaignId), eq(contactImports.id, importId)));
  if (!upload) throw new AppError("not_found", "Import introuvable.");
  if (upload.status !== "preview" || upload.content === null) {
    throw new AppError("conflict", `${upload.fileName} a déjà été importé.`);
  }
  const file = parseContactFile(upload.content, upload.fileName);
  const signature = headerSignature(file.header);
  const [saved] = await tx
    .select()
    .from(importMappings)
    .where(and(eq(importMappings.campaignId, campaignId), eq(importMappings.headerSignature, signature)));
  const detected = detectColumnMapping(file.header);
  const mapping = saved ? { ...detected, ...(saved.mapping as ColumnMapping) } : detected;
  return { upload, file, signature, mapping, remembered: saved !== undefined };
}
