import { stat } from "node:fs/promises";
import type { FileKind } from "./detect-format.ts";
import type { IssueParams } from "./import-messages.ts";

/** Largest file accepted per kind, in megabytes (10^6 bytes). */
export interface ImportSizeLimits {
  /** GeoJSON contours: read as a stream, but every contour of the territory is held until written. */
  contours: number;
  /** Results, INSEE tables and electoral lists (CSV, streamed row by row). */
  tables: number;
  /** REU and BAN address tables (CSV, streamed; national files are the largest). */
  addresses: number;
}

export const DEFAULT_IMPORT_SIZE_LIMITS: ImportSizeLimits = { contours: 100, tables: 1000, addresses: 2000 };

/** The setting that raises each limit (the server's environment variable). */
export const IMPORT_SIZE_SETTINGS: Record<keyof ImportSizeLimits, string> = {
  contours: "TERRAIN_IMPORT_MAX_CONTOURS_MB",
  tables: "TERRAIN_IMPORT_MAX_TABLES_MB",
  addresses: "TERRAIN_IMPORT_MAX_ADDRESSES_MB",
};

const GROUP: Record<FileKind["kind"], keyof ImportSizeLimits | null> = {
  geojson: "contours",
  results: "tables",
  "long-candidates": "tables",
  "iris-table": "tables",
  "electoral-list": "tables",
  "reu-addresses": "addresses",
  "ban-addresses": "addresses",
  unknown: null,
};

/**
 * Checks a recognised file against the size limit of its kind: null when it fits, else the
 * parameters of the `file_too_large` error (its size and the limit in megabytes, and the
 * setting that raises the limit).
 */
export async function checkFileSize(
  path: string,
  kind: FileKind["kind"],
  limits: Partial<ImportSizeLimits> = {},
): Promise<IssueParams | null> {
  const group = GROUP[kind];
  if (!group) return null;
  const max = limits[group] ?? DEFAULT_IMPORT_SIZE_LIMITS[group];
  const { size } = await stat(path);
  if (size <= max * 1e6) return null;
  return { size: Math.ceil(size / 1e6), max, setting: IMPORT_SIZE_SETTINGS[group] };
}
