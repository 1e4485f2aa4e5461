import type { Command } from "commander";
import { type Config, type ConfigFlags, loadConfig } from "../config.ts";

/** The database and server settings every command accepts (flags override the environment). */
export function withDbOptions(command: Command): Command {
  return command
    .option("--data-dir <dir>", "embedded database folder (env TERRAIN_DATA_DIR, default ./.terrain)")
    .option(
      "--database-url <url>",
      "a PostgreSQL server instead of the embedded database (env DATABASE_URL)",
    );
}

export function configFrom(flags: ConfigFlags): Config {
  return loadConfig(flags);
}
