import type { Command } from "commander";
import { openDb } from "../open-db.ts";
import { configFrom, withDbOptions } from "./common.ts";

export function registerMigrateCommand(program: Command): void {
  withDbOptions(program.command("migrate").description("apply the database migrations and exit")).action(
    async (flags: { dataDir?: string; databaseUrl?: string }) => {
      const handle = await openDb(configFrom(flags));
      await handle.close();
      console.log(`Database up to date (${handle.kind}).`);
    },
  );
}
