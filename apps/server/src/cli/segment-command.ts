import { countSegment, type DbHandle, findOrCreateCampaign, parseSegmentCriteria } from "@terrain/core";
import type { Command } from "commander";
import { cliOutput } from "./import-command.ts";

export interface SegmentCommandDeps {
  openDb(): Promise<DbHandle>;
  stdout?(text: string): void;
  stderr?(text: string): void;
  setExitCode?(code: number): void;
}

/**
 * `terrain segment --territory CODE [--campaign ID] --where JSON --count`: prints `{"count": N}`, the persons
 * (electors, and contacts not linked to one) matching the lawful criteria; any other
 * criterion exits 1 with one French sentence naming it. Reads only.
 */
export function registerSegmentCommand(program: Command, deps: SegmentCommandDeps): void {
  program
    .command("segment")
    .description("count the persons of a segment (bureaux, iris, ageMin, ageMax, sex, tags, consent, source)")
    .option("--territory <code>", "the campaign's territory (29019)")
    .option("--campaign <id>", "campaign id (required when the territory has several campaigns)")
    .requiredOption(
      "--where <json>",
      'criteria as JSON, e.g. {"bureaux":["29019_0001"],"ageMin":18,"ageMax":24,"sex":"F"}',
    )
    .option("--count", 'print {"count": N} (the only output: lists of people are for the screens)')
    .action(async (opts: { territory?: string; campaign?: string; where: string; count?: boolean }) => {
      const io = cliOutput(deps);
      let handle: DbHandle | undefined;
      try {
        let input: unknown;
        try {
          input = JSON.parse(opts.where);
        } catch {
          throw new Error(`--where n'est pas du JSON : ${opts.where}`);
        }
        const criteria = parseSegmentCriteria(input);
        if (!opts.count) throw new Error("terrain segment ne fait que compter : ajoutez --count.");
        handle = await deps.openDb();
        const campaign = await findOrCreateCampaign(handle.db, {
          territory: opts.territory,
          campaignId: opts.campaign,
          create: false,
        });
        const { count } = await countSegment(handle.db, campaign.id, criteria);
        io.stdout(`${JSON.stringify({ count })}\n`);
      } catch (error) {
        io.stderr(`terrain segment: ${(error as Error).message}\n`);
        io.setExitCode(1);
      } finally {
        await handle?.close();
      }
    });
}
