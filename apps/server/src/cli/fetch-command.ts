import type { DbHandle } from "@terrain/core";
import { fetchOfficialFiles, formatSummary } from "@terrain/core";
import type { Command } from "commander";
import { cliOutput, progressBar } from "./import-command.ts";

/** How the command reaches the database and the data folder; output injectable for tests. */
export interface FetchCommandDeps {
  openDb(): Promise<DbHandle>;
  /** The data folder (downloads are kept in its `downloads/` subfolder). */
  dataDir(): string;
  stdout?(text: string): void;
  stderr?(text: string): void;
  setExitCode?(code: number): void;
  progress?: boolean;
}

/**
 * `terrain fetch --territory 29019 [--campaign ID] [--elections pres2022,leg2024] [--base-url URL]`:
 * downloads the official results files from the open-data portal into the data folder and
 * imports the territory's rows. Exit code 1 when a download or an import fails.
 */
export function registerFetchCommand(program: Command, deps: FetchCommandDeps): void {
  program
    .command("fetch")
    .description("download the official results files for a territory and import them")
    .requiredOption("--territory <code>", "commune INSEE code (29019), département (29) or FR")
    .option("--campaign <id>", "campaign id (required when the territory has several campaigns)")
    .option("--elections <list>", "comma-separated elections, e.g. pres2022,leg2024t2 (default: all known)")
    .option("--base-url <url>", "mirror of the open-data portal's static files")
    .action(async (opts: { territory: string; campaign?: string; elections?: string; baseUrl?: string }) => {
      const io = cliOutput(deps);
      let handle: DbHandle | undefined;
      const bar = progressBar(io);
      try {
        handle = await deps.openDb();
        const report = await fetchOfficialFiles(handle.db, {
          territory: opts.territory,
          campaignId: opts.campaign,
          elections: opts.elections?.split(","),
          baseUrl: opts.baseUrl,
          dataDir: deps.dataDir(),
          onProgress: bar.onProgress,
        });
        bar.stop();
        for (const d of report.downloaded)
          io.stdout(`${d.election}: ${d.cached ? "already downloaded" : "downloaded"} ${d.path}\n`);
        for (const s of report.summaries) io.stdout(`${formatSummary(s).join("\n")}\n`);
        for (const f of report.failed) io.stderr(`${f.election}: download failed (${f.message}): ${f.url}\n`);
        for (const e of report.summaries.flatMap((s) => s.errors)) io.stderr(`${e}\n`);
        if (report.failed.length > 0 || report.summaries.some((s) => s.status === "rejected"))
          io.setExitCode(1);
      } catch (error) {
        bar.stop();
        io.stderr(`terrain fetch: ${(error as Error).message}\n`);
        io.setExitCode(1);
      } finally {
        await handle?.close();
      }
    });
}
