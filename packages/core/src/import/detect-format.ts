import { electoralListLayout, type ListLayout } from "../people/electoral-list/list-columns.ts";
import type { ImportIssueCode, IssueParams } from "./import-messages.ts";
import { isBrestCity } from "./results/parse-brest-city.ts";
import { isLongCandidates, isLongTotals } from "./results/parse-long.ts";
import { isMinistry2024 } from "./results/parse-ministry-2024.ts";
import { isMinistryLegacy } from "./results/parse-ministry-legacy.ts";
import { readSample } from "./text/detect-encoding.ts";
import { findColumn } from "./text/header.ts";
import { CsvShapeError, type CsvSource, openCsv } from "./text/open-csv.ts";

export type FileKind =
  | {
      kind: "results";
      format: "ministry-legacy" | "ministry-2024" | "long-totals" | "brest-city";
      source: CsvSource;
    }
  | { kind: "long-candidates"; source: CsvSource }
  | { kind: "iris-table"; source: CsvSource }
  | { kind: "reu-addresses"; source: CsvSource }
  | { kind: "ban-addresses"; source: CsvSource }
  | { kind: "electoral-list"; layout: ListLayout; source: CsvSource }
  | { kind: "geojson" }
  | { kind: "unknown"; line: number; column: string | number; code: ImportIssueCode; params: IssueParams };

/** Recognises a file from its content (never from the user): results layouts, INSEE tables, addresses, GeoJSON. */
export async function detectFormat(path: string): Promise<FileKind> {
  const sample = await readSample(path, 4096);
  const start = sample
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (start.startsWith("{")) return { kind: "geojson" };
  if (sample.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return { kind: "unknown", line: 1, column: 1, code: "zip_or_excel", params: {} };
  }
  let source: CsvSource;
  try {
    source = await openCsv(path);
  } catch (error) {
    if (error instanceof CsvShapeError) {
      const params: IssueParams = error.code === "malformed_csv" ? { detail: error.message } : error.params;
      return { kind: "unknown", line: error.line, column: 1, code: error.code, params };
    }
    throw error;
  }
  const h = source.header;
  if (isMinistryLegacy(h)) return { kind: "results", format: "ministry-legacy", source };
  if (isMinistry2024(h)) return { kind: "results", format: "ministry-2024", source };
  if (isLongTotals(h)) return { kind: "results", format: "long-totals", source };
  if (isLongCandidates(h)) return { kind: "long-candidates", source };
  if (isBrestCity(h)) return { kind: "results", format: "brest-city", source };
  const layout = electoralListLayout(h);
  if (layout) return { kind: "electoral-list", layout, source };
  if (findColumn(h, ["id_brut_bv_reu"]) >= 0) return { kind: "reu-addresses", source };
  if (findColumn(h, ["IRIS", "DCOMIRIS", "CODE_IRIS"]) === 0) return { kind: "iris-table", source };
  if (findColumn(h, ["numero"]) >= 0 && findColumn(h, ["nom_voie"]) >= 0 && findColumn(h, ["lon"]) >= 0) {
    return { kind: "ban-addresses", source };
  }
  source.close();
  const hasCounts = findColumn(h, ["Inscrits"]) >= 0;
  const code = hasCounts ? "results_layout_not_recognised" : "layout_not_recognised";
  return { kind: "unknown", line: 1, column: 1, code, params: {} };
}
