import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { AppError } from "../errors.ts";
import { detectEncoding } from "../import/text/detect-encoding.ts";
import { detectSeparator } from "../import/text/detect-separator.ts";

/** A contacts file read in memory: its header and its rows with their line numbers. */
export interface ContactFile {
  header: string[];
  rows: { line: number; fields: string[] }[];
}

/** Decodes an uploaded file: UTF-8 with or without BOM, else windows-1252 (Excel's "CSV"). */
export function decodeContactFile(bytes: Buffer): string {
  const { encoding } = detectEncoding(bytes.subarray(0, 256 * 1024));
  return iconv.decode(bytes, encoding).replace(/^\uFEFF/, "");
}

/**
 * Parses a contacts CSV (separator `;`, `,`, tab or `|` read from the header; quotes as
 * Excel and NationBuilder write them). A malformed file is refused naming its line.
 */
export function parseContactFile(text: string, fileName: string): ContactFile {
  const separator = detectSeparator(text);
  if (separator === null) {
    throw new AppError(
      "invalid_file",
      `${fileName}:1 : aucun séparateur de colonnes (; , tabulation |) dans l'en-tête.`,
    );
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separator,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new AppError(
      "invalid_file",
      `${fileName}:${line} : fichier CSV mal formé (${(error as Error).message}).`,
    );
  }
  if (records.length === 0) throw new AppError("invalid_file", `${fileName} : fichier vide.`);
  const header = records[0].record.map((h) => h.trim());
  if (header.some((h) => h === "")) {
    const column = header.indexOf("") + 1;
    throw new AppError("invalid_file", `${fileName}:1 : la colonne ${column} n'a pas de nom.`);
  }
  if (new Set(header).size !== header.length) {
    const twice = header.find((h, i) => header.indexOf(h) !== i);
    throw new AppError("invalid_file", `${fileName}:1 : la colonne « ${twice} » apparaît deux fois.`);
  }
  const rows = records
    .slice(1)
    .filter((r) => r.record.some((cell) => cell.trim() !== ""))
    .map((r) => ({ line: r.info.lines, fields: r.record }));
  return { header, rows };
}
