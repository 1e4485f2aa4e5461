import type { GeocodingReport } from "../people/address/geocode-electors.ts";
import type { ImportIssue } from "./import-messages.ts";

/** What importing one file did: shown by the CLI, the upload page and the demo generator. */
export interface ImportSummary {
  /** The file's display name (and the paired file's, for the long layouts). */
  file: string;
  pairedWith?: string;
  status: "imported" | "unchanged" | "rejected";
  /** results, bureau-contours, iris-contours, iris-table, reu-addresses, ban-addresses, electoral-list, or unknown. */
  kind: string;
  format?: string;
  election?: { id: string; label: string; round: number };
  bureaux?: number;
  totals?: { inscrits: number; votants: number; exprimes: number; blancs: number; nuls: number };
  candidates?: { key: string; name: string; nuance: string | null; voix: number }[];
  /** Rows whose commune lies outside the campaign's territory, skipped. */
  skippedOutsideTerritory: number;
  /** Bureaux of this file already in the campaign's set / added to it / of the set absent here. */
  bureauMatching?: BureauMatching;
  iris?: number;
  variables?: number;
  addresses?: { total: number; withBureau: number; withIris: number };
  weights?: { method: "addresses" | "area"; cells: number } | null;
  /** An electoral list: persons (one per person), changes since the previous list, geocoding. */
  electoralList?: {
    rows: number;
    electors: number;
    europeanOnly: number;
    arrivals: number;
    departures: number;
    moves: number;
    geocoding: GeocodingReport;
  };
  /** In French, `file:line:column: ` first when the warning is one place of the file. */
  warnings: string[];
  /** `file:line:column: what is wrong` in French, up to the limit, then a count of the rest. */
  errors: string[];
  /** The same warnings and errors as stable codes with parameters (absent in summaries stored before them). */
  warningCodes?: ImportIssue[];
  errorCodes?: ImportIssue[];
}

/**
 * How an election's bureaux met the campaign's bureau set (by code): matched, added to the
 * set (new or re-cut bureaux), or absent from this election (in the communes it covers).
 */
export interface BureauMatching {
  matched: number;
  added: number;
  absent: number;
  /** The first codes added and absent, for display. */
  addedCodes: string[];
  absentCodes: string[];
}

export function emptySummary(file: string, kind: string): ImportSummary {
  return { file, status: "imported", kind, skippedOutsideTerritory: 0, warnings: [], errors: [] };
}
