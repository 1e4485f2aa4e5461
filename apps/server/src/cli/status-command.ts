import { getStatus } from "@terrain/core";
import type { Command } from "commander";
import { openDb } from "../open-db.ts";
import { configOf } from "./common.ts";

export function registerStatusCommand(program: Command): void {
  program
    .command("status")
    .description("what the database holds, per campaign")
    .option("--json", "print the JSON contract {campaigns: [...]}")
    .action(async (flags: { json?: boolean; dataDir?: string; databaseUrl?: string }, cmd: Command) => {
      const handle = await openDb(configOf(cmd));
      try {
        const status = await getStatus(handle.db);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        if (status.campaigns.length === 0)
          console.log("No campaign yet. Run `terrain serve` or `terrain import`.");
        for (const c of status.campaigns) {
          console.log(
            `${c.name} (${c.territory}, --campaign ${c.id})${c.isDemo ? " — données fictives" : ""}`,
          );
          console.log(
            `  bureaux ${c.bureaux}, IRIS ${c.iris}, adresses ${c.addresses}, électeurs ${c.electors}, contacts ${c.contacts}`,
          );
          for (const e of c.elections)
            console.log(`  ${e.id} ${e.label}: ${e.bureaux} bureaux, ${e.inscrits} inscrits`);
        }
      } finally {
        await handle.close();
      }
    });
}
