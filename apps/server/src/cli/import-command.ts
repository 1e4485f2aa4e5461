import type { DbHandle } from "@terrain/core";
import {
  formatSummary,
  type ImportProgress,
  type ImportSizeLimits,
  importFiles,
  L37_REFUSAL,
  lacksListRequest,
  parseListRequest,
} from "@terrain/core";
import cliProgress from "cli-progress";
import type { Command } from "commander";

/** Where the command writes and how it reaches the database; injectable for tests. */
export interface ImportCommandDeps {
  openDb(): Promise<DbHandle>;
  stdout?(text: string): void;
  stderr?(text: string): void;
  setExitCode?(code: number): void;
  /** Show a cli-progress bar on stderr (default: when stderr is a terminal). */
  progress?: boolean;
  /** Largest file accepted per kind, in MB (the settings; core's defaults when absent). */
  maxSizeMb?(): ImportSizeLimits;
}

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  setExitCode(code: number): void;
  progress: boolean;
}

export function cliOutput(deps: Partial<CliOutput>): CliOutput {
  return {
    stdout: deps.stdout ?? ((t) => process.stdout.write(t)),
    stderr: deps.stderr ?? ((t) => process.stderr.write(t)),
    setExitCode:
      deps.setExitCode ??
      ((c) => {
        process.exitCode = c;
      }),
    progress: deps.progress ?? process.stderr.isTTY === true,
  };
}

/** A progress callback drawing one cli-progress bar per file on stderr (bytes read of the file). */
export function progressBar(io: CliOutput): { onProgress?: (p: ImportProgress) => void; stop(): void } {
  if (!io.progress) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{file} [{bar}] {percentage}% | {rows} rows", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let current = "";
  return {
    onProgress(p) {
      if (p.file !== current) {
        if (current) bar.stop();
        current = p.file;
        bar.start(Math.max(p.size, 1), 0, { file: p.file, rows: 0 });
      }
      bar.update(p.bytes, { rows: p.rows });
    },
    stop() {
      if (current) bar.stop();
    },
  };
}

/**
 * `terrain import --territory CODE [--campaign ID] [--electoral-list-request "AUTHORITY;DATE;REQUESTER"] FILE…`:
 * imports official files (formats recognised from their content) into the territory's one
 * campaign, created when missing, or the campaign given by id (required when the territory
 * has several); an electoral list only with an L.37 request on record. Summary per file
 * on stdout (or JSON with --json), `file:line:column` errors on stderr, exit code 1 when a
 * file is rejected.
 */
export function registerImportCommand(program: Command, deps: ImportCommandDeps): void {
  program
    .command("import")
    .description("import official files: Ministry results, INSEE IRIS tables, contours, REU/BAN addresses")
    .option("--territory <code>", "commune INSEE code (29019), département (29) or FR")
    .option("--campaign <id>", "campaign id (required when the territory has several campaigns)")
    .option("--json", "print the summaries as JSON")
    .option(
      "--electoral-list-request <request>",
      'the L.37 request for an electoral list: "AUTHORITY;YYYY-MM-DD;REQUESTER" (mairie or prefecture)',
    )
    .argument("<files...>", "files to import")
    .action(
      async (
        files: string[],
        opts: { territory?: string; campaign?: string; json?: boolean; electoralListRequest?: string },
      ) => {
        const io = cliOutput(deps);
        let handle: DbHandle | undefined;
        const bar = progressBar(io);
        try {
          const request = opts.electoralListRequest ? parseListRequest(opts.electoralListRequest) : undefined;
          handle = await deps.openDb();
          const choice = { territory: opts.territory, campaignId: opts.campaign };
          if (!request && (await lacksListRequest(handle.db, choice, files))) {
            // Refused before anything is written: an electoral list serves only under L.37.
            io.stderr(`${L37_REFUSAL}\n`);
            io.setExitCode(1);
            return;
          }
          const summaries = await importFiles(handle.db, {
            ...choice,
            files,
            onProgress: bar.onProgress,
            electoralListRequest: request,
            maxSizeMb: deps.maxSizeMb?.(),
          });
          bar.stop();
          if (opts.json) io.stdout(`${JSON.stringify(summaries, null, 2)}\n`);
          else for (const s of summaries) io.stdout(`${formatSummary(s).join("\n")}\n`);
          const errors = summaries.flatMap((s) => s.errors);
          for (const e of errors) io.stderr(`${e}\n`);
          if (summaries.some((s) => s.status === "rejected")) io.setExitCode(1);
        } catch (error) {
          bar.stop();
          io.stderr(`terrain import: ${(error as Error).message}\n`);
          io.setExitCode(1);
        } finally {
          await handle?.close();
        }
      },
    );
}
