import type { Db } from "../db/db-type.ts";
import { checkMapping } from "./check-mapping.ts";
import type { ColumnMapping } from "./contact-columns.ts";
import { findContactImport } from "./find-contact-import.ts";
import { type MappedRow, mapContactRow, type RowIssue } from "./map-contact-row.ts";
import { isOpinionColumn } from "./opinion-columns.ts";

/** What the import wizard shows before anything is written. */
export interface ContactImportPreview {
  importId: string;
  fileName: string;
  header: string[];
  headerSignature: string;
  mapping: ColumnMapping;
  /** True when the mapping is the one chosen last time for files with this header. */
  remembered: boolean;
  /** Columns never imported because they hold political opinions. */
  opinionColumns: string[];
  rows: number;
  /** The first rows as they would be imported. */
  sample: MappedRow[];
  /** Every unreadable cell (the first 200), as `file:line` with its column. */
  errors: (RowIssue & { file: string })[];
  errorCount: number;
}

/**
 * The preview of an uploaded contacts file: the mapping offered (remembered, detected, or
 * the one given while the user adjusts it), the first rows read through it, and every
 * error. Errors must be fixed before the import can be confirmed.
 */
export async function previewContactImport(
  db: Db,
  input: {
    campaignId: string;
    importId: string;
    mapping?: Record<string, string | null>;
    sampleSize?: number;
  },
): Promise<ContactImportPreview> {
  const found = await findContactImport(db, input.campaignId, input.importId);
  const mapping = input.mapping ? checkMapping(found.file.header, input.mapping) : found.mapping;
  const mapped = found.file.rows.map((r) => mapContactRow(found.file.header, r.fields, mapping, r.line));
  const errors = mapped.flatMap((r) => r.errors).map((e) => ({ ...e, file: found.upload.fileName }));
  return {
    importId: found.upload.id,
    fileName: found.upload.fileName,
    header: found.file.header,
    headerSignature: found.signature,
    mapping,
    remembered: found.remembered && input.mapping === undefined,
    opinionColumns: found.file.header.filter(isOpinionColumn),
    rows: mapped.length,
    sample: mapped.slice(0, input.sampleSize ?? 10),
    errors: errors.slice(0, 200),
    errorCount: errors.length,
  };
}
