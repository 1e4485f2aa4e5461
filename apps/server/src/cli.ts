import { Command } from "commander";
import { registerAnalyzeCommand } from "./cli/analyze-command.ts";
import { registerDemoCommand } from "./cli/demo-command.ts";
import { registerEiCommand } from "./cli/ei-command.ts";
import { registerFetchCommand } from "./cli/fetch-command.ts";
import { registerImportCommand } from "./cli/import-command.ts";
import { registerMigrateCommand } from "./cli/migrate-command.ts";
import { registerSegmentCommand } from "./cli/segment-command.ts";
import { registerServeCommand } from "./cli/serve-command.ts";
import { registerStatusCommand } from "./cli/status-command.ts";
import { registerUserCommand } from "./cli/user-command.ts";
import { loadConfig } from "./config.ts";
import { openDb } from "./open-db.ts";

/** The `terrain` command line. */
export function buildProgram(): Command {
  const program = new Command("terrain")
    .description("Terrain — campaign software for French local elections")
    .version("0.1.0")
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true });
  registerServeCommand(program);
  registerStatusCommand(program);
  registerUserCommand(program);
  registerMigrateCommand(program);
  // Commands of the data capabilities read the database settings from the global options.
  program
    .option("--data-dir <dir>", "embedded database folder (env TERRAIN_DATA_DIR, default ./.terrain)")
    .option(
      "--database-url <url>",
      "a PostgreSQL server instead of the embedded database (env DATABASE_URL)",
    );
  const settings = () => loadConfig(program.opts<{ dataDir?: string; databaseUrl?: string }>());
  registerImportCommand(program, {
    openDb: () => openDb(settings()),
    maxSizeMb: () => settings().importMaxMb,
  });
  registerFetchCommand(program, { openDb: () => openDb(settings()), dataDir: () => settings().dataDir });
  registerDemoCommand(program);
  registerEiCommand(program);
  registerAnalyzeCommand(program, { openDb: () => openDb(settings()) });
  registerSegmentCommand(program, { openDb: () => openDb(settings()) });
  return program;
}

/** Runs the command line; any failure is one clear sentence on stderr and exit code 1. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`terrain: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
