import type { Command } from "commander";
import { type Config, loadConfig } from "../config.ts";

/** Settings of a command: its own flags and the global --data-dir / --database-url, then the environment. */
export function configOf(command: Command): Config {
  return loadConfig(command.optsWithGlobals());
}
