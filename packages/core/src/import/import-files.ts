import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { and, eq } from "drizzle-orm";
import { type Campaign, findOrCreateCampaign } from "../campaigns/find-or-create-campaign.ts";
import type { Db } from "../db/db-type.ts";
import { importedFiles } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { importElectoralList } from "../people/electoral-list/import-electoral-list.ts";
import type { ListRequestInput } from "../people/electoral-list/list-request.ts";
import { importAddresses } from "./addresses/import-addresses.ts";
import { checkFileSize, type ImportSizeLimits } from "./check-file-size.ts";
import { detectFormat, type FileKind } from "./detect-format.ts";
import { importContours } from "./geo/import-contours.ts";
import { hashFile } from "./hash-file.ts";
import type { ImportIssueCode, IssueParams } from "./import-messages.ts";
import { importIrisTable } from "./insee/import-iris-table.ts";
import { createFileIssues, putIssues } from "./issues.ts";
import { electionFromHint, readElectionHint } from "./results/election-id.ts";
import { importResults } from "./results/import-results.ts";
import { emptySummary, type ImportSummary } from "./summary.ts";
import type { CsvSource } from "./text/open-csv.ts";
import type { FileRef } from "./write/file-transaction.ts";

/** Progress of an import, per file: bytes read of its size, rows seen. */
export interface ImportProgress {
  file: string;
  index: number;
  count: number;
  bytes: number;
  size: number;
  rows: number;
}

export interface ImportFilesOptions {
  /** The campaign to import into: a request's campaign is always given by id. */
  campaignId?: string;
  /** Or, for the CLI and tests, the territory of its one campaign (see findOrCreateCampaign). */
  territory?: string;
  files: (string | { name: string; path: string })[];
  onProgress?: (progress: ImportProgress) => void;
  /** The campaign's L.37 request, recorded with an electoral list (else one must be on record). */
  electoralListRequest?: ListRequestInput;
  /** Largest file accepted per kind, in MB (DEFAULT_IMPORT_SIZE_LIMITS when absent). */
  maxSizeMb?: Partial<ImportSizeLimits>;
}

type Detected = FileRef & { detected: FileKind; previous: ImportSummary | null };

function closeDetected(d: FileKind): void {
  if ("source" in d) d.source.close();
}

const ORDER: Record<FileKind["kind"], number> = {
  results: 0,
  "long-candidates": 0,
  geojson: 1,
  "iris-table": 2,
  "reu-addresses": 3,
  "ban-addresses": 3,
  "electoral-list": 4,
  unknown: 5,
};

function electionOf(name: string): string | null {
  return electionFromHint(readElectionHint(name))?.id ?? null;
}

async function alreadyImported(db: Db, campaign: Campaign, hash: string): Promise<ImportSummary | null> {
  const rows = await db
    .select({ summary: importedFiles.summary })
    .from(importedFiles)
    .where(and(eq(importedFiles.campaignId, campaign.id), eq(importedFiles.contentHash, hash)));
  return rows[0] ? { ...(rows[0].summary as ImportSummary), status: "unchanged" } : null;
}

/** A file rejected before any parser ran, with its one error at line 1 (or where detection stopped). */
function rejected(
  file: string,
  kind: string,
  code: ImportIssueCode,
  params: IssueParams = {},
  at: { line: number; column: string | number } = { line: 1, column: 1 },
): ImportSummary {
  const issues = createFileIssues(file);
  issues.error(at.line, at.column, code, params);
  const summary: ImportSummary = { ...emptySummary(file, kind), status: "rejected" };
  putIssues(summary, [issues], true);
  return summary;
}

/**
 * Imports official files into a campaign, named by id (the API, always) or, for the CLI,
 * by the territory of its one campaign (created when missing; refused when ambiguous). Formats
 * are recognised from content; the long layouts' totals and per-candidate files are paired
 * by election. Each file (or pair) is one transaction: a bad file is rejected with its
 * `file:line:column` errors and changes nothing, the others still go in. Re-importing the
 * same bytes changes nothing; a corrected results file replaces its election's data.
 * Never throws for a file's content: see each summary's `status` (and `assertImported`).
 */
export async function importFiles(db: Db, options: ImportFilesOptions): Promise<ImportSummary[]> {
  const campaign = await findOrCreateCampaign(db, options);
  const refs = options.files.map((f) => (typeof f === "string" ? { name: basename(f), path: f } : f));
  const summaries: ImportSummary[] = [];
  const pending: Detected[] = [];
  for (const ref of refs) {
    let hash: string;
    try {
      hash = await hashFile(ref.path);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      summaries.push(
        missing
          ? rejected(ref.name, "unknown", "file_missing")
          : rejected(ref.name, "unknown", "file_unreadable", { detail: (error as Error).message }),
      );
      continue;
    }
    const previous = await alreadyImported(db, campaign, hash);
    const detected = await detectFormat(ref.path);
    const tooLarge = await checkFileSize(ref.path, detected.kind, options.maxSizeMb);
    if (tooLarge) {
      closeDetected(detected);
      summaries.push(rejected(ref.name, detected.kind, "file_too_large", tooLarge));
      continue;
    }
    pending.push({ ...ref, hash, previous, detected });
  }
  pending.sort((a, b) => ORDER[a.detected.kind] - ORDER[b.detected.kind]);
  const candidateFiles = pending.filter((p) => p.detected.kind === "long-candidates");
  const used = new Set<Detected>();
  for (const [index, file] of pending.entries()) {
    let lastRows = 0;
    const progress = (source: CsvSource | null) => (rows: number) => {
      lastRows = rows;
      const { bytes, size } = source?.progress() ?? { bytes: 0, size: 0 };
      options.onProgress?.({ file: file.name, index, count: pending.length, bytes, size, rows });
    };
    const d = file.detected;
    if (used.has(file) || d.kind === "long-candidates") continue;
    const pair =
      d.kind === "results" && d.format === "long-totals"
        ? candidateFiles.find((c) => !used.has(c) && electionOf(c.name) === electionOf(file.name))
        : undefined;
    // A layout split by constituency: the files of one election are one import.
    const more =
      d.kind === "results" && d.format === "brest-city"
        ? pending.filter(
            (p) =>
              p !== file &&
              !used.has(p) &&
              p.detected.kind === "results" &&
              p.detected.format === "brest-city" &&
              electionOf(p.name) === electionOf(file.name),
          )
        : [];
    const unit = [file, ...(pair ? [pair] : []), ...more];
    for (const u of unit) used.add(u);
    // Unchanged only when every file of the unit was imported as is (a long pair with one
    // corrected file is imported again as a pair); contours check that their rows still are.
    if (d.kind !== "geojson" && unit.every((u) => u.previous)) {
      for (const u of unit) {
        closeDetected(u.detected);
        summaries.push({ ...(u.previous as ImportSummary), file: u.name });
      }
      continue;
    }
    if (d.kind === "results") {
      const candidates =
        pair && pair.detected.kind === "long-candidates"
          ? { name: pair.name, hash: pair.hash, source: pair.detected.source }
          : undefined;
      summaries.push(
        await importResults(
          db,
          campaign,
          {
            name: file.name,
            hash: file.hash,
            format: d.format,
            source: d.source,
            candidates,
            more: more.flatMap((m) =>
              m.detected.kind === "results"
                ? [{ name: m.name, hash: m.hash, source: m.detected.source }]
                : [],
            ),
            commune: campaign.territoryKind === "commune" ? campaign.territory : null,
          },
          progress(d.source),
        ),
      );
    } else if (d.kind === "geojson") {
      summaries.push(
        await importContours(db, campaign, file, file.previous, (p) => {
          lastRows = p.rows;
          options.onProgress?.({ file: file.name, index, count: pending.length, ...p });
        }),
      );
    } else if (d.kind === "iris-table")
      summaries.push(await importIrisTable(db, campaign, file, d.source, progress(d.source)));
    else if (d.kind === "reu-addresses" || d.kind === "ban-addresses") {
      summaries.push(
        await importAddresses(db, campaign, file, d.source, d.kind === "reu-addresses" ? "reu" : "ban"),
      );
    } else if (d.kind === "electoral-list") {
      const request = options.electoralListRequest;
      summaries.push(
        await importElectoralList(db, campaign, file, d.layout, d.source, request, progress(d.source)),
      );
    } else if (d.kind === "unknown") {
      summaries.push(rejected(file.name, "unknown", d.code, d.params, d));
    }
    const size = await stat(file.path).then(
      (s) => s.size,
      () => 0,
    );
    options.onProgress?.({
      file: file.name,
      index,
      count: pending.length,
      bytes: size,
      size,
      rows: lastRows,
    });
  }
  for (const c of candidateFiles) {
    if (used.has(c)) continue;
    closeDetected(c.detected);
    if (c.previous) {
      summaries.push({ ...c.previous, file: c.name });
      continue;
    }
    summaries.push(rejected(c.name, "results", "candidates_without_totals"));
  }
  return summaries;
}

/** Throws AppError("invalid_file") listing the errors when any file was rejected. */
export function assertImported(summaries: ImportSummary[]): void {
  const errors = summaries.flatMap((s) => (s.status === "rejected" ? s.errors : []));
  if (errors.length > 0) throw new AppError("invalid_file", errors.join("\n"), { summaries });
}
