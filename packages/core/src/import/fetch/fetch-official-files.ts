import { createWriteStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Db } from "../../db/db-type.ts";
import { AppError } from "../../errors.ts";
import { type ImportProgress, importFiles } from "../import-files.ts";
import type { ImportSummary } from "../summary.ts";
import { DEFAULT_BASE_URL, expandElections, OFFICIAL_RESULTS } from "./official-sources.ts";

export interface FetchOptions {
  territory: string;
  /** The campaign to import into (by default the territory's one campaign). */
  campaignId?: string;
  /** Election ids or prefixes (`pres2022`, `leg2024t2`); all known ones when absent. */
  elections?: string[];
  baseUrl?: string;
  /** Folder that keeps the downloaded files (a file already there is not downloaded again). */
  dataDir: string;
  onDownload?: (event: { election: string; url: string; bytes: number }) => void;
  onProgress?: (progress: ImportProgress) => void;
}

export interface FetchReport {
  downloaded: { election: string; url: string; path: string; cached: boolean }[];
  failed: { election: string; url: string; message: string }[];
  summaries: ImportSummary[];
}

/** The local name of a downloaded file: the election first, so that the importer recognises it. */
function localName(election: string, url: string): string {
  const round = election.slice(election.lastIndexOf("t"));
  return `${election.slice(0, -round.length)}_${round}_${path.basename(new URL(url).pathname)}`;
}

/**
 * `terrain fetch`: downloads the official national results files of the chosen elections
 * from the open-data portal (or a mirror at `baseUrl`), keeps them in `dataDir/downloads`,
 * and imports them into the territory's campaign. A failed download is reported and the
 * others go on.
 */
export async function fetchOfficialFiles(db: Db, options: FetchOptions): Promise<FetchReport> {
  const { ids, unknown } = expandElections(options.elections);
  if (unknown.length > 0) {
    throw new AppError(
      "bad_request",
      `unknown elections: ${unknown.join(", ")} (known: ${Object.keys(OFFICIAL_RESULTS).join(", ")})`,
    );
  }
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/?$/, "/");
  const folder = path.join(options.dataDir, "downloads");
  await mkdir(folder, { recursive: true });
  const report: FetchReport = { downloaded: [], failed: [], summaries: [] };
  for (const election of ids) {
    const url = new URL(OFFICIAL_RESULTS[election], base).toString();
    const target = path.join(folder, localName(election, url));
    const cached = await stat(target).then(
      (s) => s.size > 0,
      () => false,
    );
    if (!cached) {
      try {
        const response = await fetch(url);
        if (!response.ok || !response.body)
          throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
        let bytes = 0;
        const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
        body.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          options.onDownload?.({ election, url, bytes });
        });
        await pipeline(body, createWriteStream(`${target}.part`));
        await rename(`${target}.part`, target);
      } catch (error) {
        report.failed.push({ election, url, message: (error as Error).message });
        continue;
      }
    }
    report.downloaded.push({ election, url, path: target, cached });
  }
  if (report.downloaded.length > 0) {
    report.summaries = await importFiles(db, {
      campaignId: options.campaignId,
      territory: options.territory,
      files: report.downloaded.map((d) => d.path),
      onProgress: options.onProgress,
    });
  }
  return report;
}
