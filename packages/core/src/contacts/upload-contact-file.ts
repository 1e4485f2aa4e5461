import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db/db-type.ts";
import { contactImports } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { decodeContactFile, parseContactFile } from "./parse-contact-file.ts";

/** The largest contacts file accepted (about 100,000 people). */
export const MAX_CONTACT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Receives a contacts file for import: decoded (UTF-8 or windows-1252), checked to be a
 * readable CSV, and held in contact_imports until the import is confirmed. Returns its id,
 * for the preview. Nothing is imported yet.
 */
export async function uploadContactFile(
  db: Db,
  input: { campaignId: string; fileName: string; bytes: Buffer; by: string | null },
): Promise<{ importId: string }> {
  if (input.bytes.length > MAX_CONTACT_FILE_BYTES) {
    throw new AppError("bad_request", `${input.fileName} : fichier trop volumineux (20 Mo au plus).`);
  }
  const text = decodeContactFile(input.bytes);
  parseContactFile(text, input.fileName);
  const id = randomUUID();
  await db.insert(contactImports).values({
    id,
    campaignId: input.campaignId,
    fileName: input.fileName,
    fileHash: createHash("sha256").update(input.bytes).digest("hex"),
    content: text,
    status: "preview",
    uploadedBy: input.by,
  });
  return { importId: id };
}
