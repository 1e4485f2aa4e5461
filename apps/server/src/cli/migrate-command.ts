import type { Command } from "commander";
import { openDb } from "../open-db.ts";
import { configOf } from "./common.ts";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply the database migrations and exit")
    .action(async (_flags: unknown, cmd: Command) => {
      const handle = await openDb(configOf(cmd));
      await handle.close();
      console.log(`Database up to date (${handle.kind}).`);
    });
}
