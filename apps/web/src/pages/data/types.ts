/** Shapes of the import API (apps/server/src/routes/imports.ts). */

export interface ImportSummary {
  file: string;
  pairedWith?: string;
  status: "imported" | "unchanged" | "rejected";
  kind: string;
  format?: string;
  election?: { id: string; label: string; round: number };
  bureaux?: number;
  totals?: { inscrits: number; votants: number; exprimes: number; blancs: number; nuls: number };
  candidates?: { key: string; name: string; nuance: string | null; voix: number }[];
  skippedOutsideTerritory: number;
  bureauMatching?: {
    matched: number;
    added: number;
    absent: number;
    addedCodes: string[];
    absentCodes: string[];
  };
  iris?: number;
  variables?: number;
  addresses?: { total: number; withBureau: number; withIris: number };
  weights?: { method: "addresses" | "area"; cells: number } | null;
  /** In French (the importer's words), `file:line:column: ` first when at one place. */
  warnings: string[];
  errors: string[];
  /** The same as codes with parameters, worded by the page in its language (absent in older summaries). */
  warningCodes?: ImportIssue[];
  errorCodes?: ImportIssue[];
}

/** An importer's error or warning as a stable code ("data.issue.<code>") with its parameters and place. */
export interface ImportIssue {
  code: string;
  params: Record<string, string | number>;
  file: string;
  line?: number;
  column?: string | number;
}

/** One import progress event of the server (a file being read). */
export interface ImportProgress {
  file: string;
  index: number;
  count: number;
  bytes: number;
  size: number;
  rows: number;
}

/** A line of the NDJSON answer. */
export type ImportEvent =
  | ({ type: "progress" } & ImportProgress)
  | { type: "done"; summaries: ImportSummary[] }
  | { type: "error"; message: string };

export interface ImportedFile {
  fileName: string;
  kind: string;
  electionId: string | null;
  importedAt: string;
}
