import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { contactImports, importMappings } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { checkMapping } from "./check-mapping.ts";
import { findContactImport } from "./find-contact-import.ts";
import { importContactRow } from "./import-contact-row.ts";
import { mapContactRow } from "./map-contact-row.ts";

export interface ContactImportResult {
  importId: string;
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports an uploaded contacts file, all or nothing, in one transaction: refused without a
 * declared source (where the people in the file come from), refused with the list of
 * errors (`file:line (column) : message`) when any cell is unreadable. The mapping is
 * remembered for files with the same header. Re-importing the same people (same external
 * id or e-mail) completes them and creates no one twice.
 */
export async function confirmContactImport(
  db: Db,
  input: {
    campaignId: string;
    importId: string;
    mapping?: Record<string, string | null>;
    sourceLabel: string;
    by: string | null;
  },
): Promise<ContactImportResult> {
  const sourceLabel = input.sourceLabel.trim();
  if (sourceLabel.length < 3) {
    throw new AppError(
      "bad_request",
      "source : déclarez d'où viennent ces personnes (par exemple « Export NationBuilder de la campagne 2020 ») ; un import sans source est refusé.",
    );
  }
  return db.transaction(async (tx) => {
    const found = await findContactImport(tx, input.campaignId, input.importId);
    const { upload, file } = found;
    const mapping = input.mapping ? checkMapping(file.header, input.mapping) : found.mapping;
    const mapped = file.rows.map((r) => mapContactRow(file.header, r.fields, mapping, r.line));
    const errors = mapped.flatMap((r) => r.errors);
    if (errors.length > 0) {
      const lines = errors
        .slice(0, 50)
        .map((e) => `${upload.fileName}:${e.line}${e.column ? ` (${e.column})` : ""} : ${e.message}`);
      throw new AppError("invalid_file", `Import refusé, rien n'a été importé :\n${lines.join("\n")}`, {
        errors,
      });
    }
    const ctx = {
      campaignId: input.campaignId,
      importId: upload.id,
      fileName: upload.fileName,
      fileHash: upload.fileHash,
      sourceLabel,
      stamp: { source: "import" as const, by: input.by, at: new Date() },
    };
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const row of mapped) counts[await importContactRow(tx, ctx, row)]++;
    await tx
      .insert(importMappings)
      .values({ campaignId: input.campaignId, headerSignature: found.signature, mapping })
      .onConflictDoUpdate({
        target: [importMappings.campaignId, importMappings.headerSignature],
        set: { mapping: sql`excluded.mapping`, updatedAt: new Date() },
      });
    await tx
      .update(contactImports)
      .set({
        status: "imported",
        content: null,
        sourceLabel,
        mapping,
        created: counts.created,
        updated: counts.updated,
        importedAt: new Date(),
      })
      .where(eq(contactImports.id, upload.id));
    return { importId: upload.id, fileName: upload.fileName, rows: mapped.length, ...counts };
  });
}
