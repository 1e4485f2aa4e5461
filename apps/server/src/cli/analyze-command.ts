import { type DbHandle, findOrCreateCampaign, schema } from "@terrain/core";
import {
  type BureauPriority,
  claimJob,
  defaultWorkerId,
  executeJob,
  requestAnalysis,
  type TransferMethod,
  type TransferResult,
} from "@terrain/core/src/analysis/index.ts";
import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { analyzeText } from "./analyze-text.ts";
import { cliOutput } from "./import-command.ts";

export interface AnalyzeCommandDeps {
  openDb(): Promise<DbHandle>;
  stdout?(text: string): void;
  stderr?(text: string): void;
  setExitCode?(code: number): void;
}

interface AnalyzeOptions {
  territory?: string;
  campaign?: string;
  from: string;
  to: string;
  method: string;
  side?: string;
  candidates?: string;
  reach?: string;
  seed: string;
  json?: boolean;
}

const METHODS = ["lphom", "tslphom", "nslphom", "md"];
const list = (v?: string) =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** One entry per bureau of the campaign: its priority, or nulls when the analysis could not use it. */
function bureauEntries(codes: string[], result: TransferResult) {
  const byCode = new Map<string, BureauPriority>(result.bureaux.map((b) => [b.code, b]));
  return codes.map((code) => {
    const b = byCode.get(code);
    return {
      code,
      rank: b?.rank ?? null,
      score: b?.gainPerDoor.value ?? null,
      lower: b?.gainPerDoor.lower ?? null,
      upper: b?.gainPerDoor.upper ?? null,
      mobilisation: b?.mobilisation.value ?? null,
      mobilisationLower: b?.mobilisation.lower ?? null,
      mobilisationUpper: b?.mobilisation.upper ?? null,
      persuasion: b?.persuasion.value ?? null,
      persuasionLower: b?.persuasion.lower ?? null,
      persuasionUpper: b?.persuasion.upper ?? null,
      turnout: b?.turnout ?? null,
      ourScore: b?.ourScore ?? null,
      inscrits: b?.inscrits ?? null,
      doors: b?.doors ?? null,
    };
  });
}

const finiteJson = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v));

/**
 * `terrain analyze --territory CODE [--campaign ID] --from E1 --to E2 [--method lphom|tslphom|nslphom|md]
 * [--side NUANCES] [--reach NUANCES] [--json]`: runs a transfer analysis as a job, synchronously (progress on
 * stderr), stored once like the API's; prints the transfer (the engine's contract), one
 * entry per bureau of the campaign and the back-test as JSON, or the ranked bureaux in French.
 */
export function registerAnalyzeCommand(program: Command, deps: AnalyzeCommandDeps): void {
  program
    .command("analyze")
    .description("vote transfers between two elections and door-to-door priorities per bureau")
    .option("--territory <code>", "territory of the campaign (commune INSEE code)")
    .option("--campaign <id>", "campaign id (required when the territory has several campaigns)")
    .requiredOption("--from <election>", "earlier election id, e.g. leg2024t1")
    .requiredOption("--to <election>", "later election id, e.g. leg2024t2")
    .option("--method <method>", `one of ${METHODS.join(", ")}`, "lphom")
    .option("--side <nuances>", "our side: comma-separated nuances, e.g. UG,LUG,ECO")
    .option("--candidates <keys>", "our side: comma-separated candidate or list keys")
    .option(
      "--reach <nuances>",
      "lists within reach (listes proches), comma-separated nuances, e.g. ECO,DVG: their voters count in persuasion",
    )
    .option("--seed <n>", "seed of the stochastic methods", "1")
    .option("--json", "print JSON")
    .action(async (opts: AnalyzeOptions) => {
      const io = cliOutput(deps);
      if (!METHODS.includes(opts.method))
        throw new Error(`méthode inconnue « ${opts.method} » (au choix : ${METHODS.join(", ")})`);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 0)
        throw new Error(`--seed : un entier positif ou nul est attendu, reçu ${opts.seed}`);
      const handle = await deps.openDb();
      try {
        const campaign = await findOrCreateCampaign(handle.db, {
          territory: opts.territory,
          campaignId: opts.campaign,
          create: false,
        });
        const { job } = await requestAnalysis(handle.db, campaign.id, {
          kind: "transfer",
          from: opts.from,
          to: opts.to,
          method: opts.method as TransferMethod,
          seed,
          side: { nuances: list(opts.side), candidates: list(opts.candidates) },
          reach: { nuances: list(opts.reach) },
        });
        let done = job;
        if (job.status !== "done") {
          const claimed = await claimJob(handle.db, defaultWorkerId(), job.id);
          if (!claimed)
            throw new Error(
              `l'analyse ${job.id} est en cours dans un autre processus (${job.lockedBy ?? "?"})`,
            );
          done = await executeJob(handle.db, claimed, {
            onProgress: (_j, f, message) => io.stderr(`\r${Math.round(100 * f)} % ${message}`.padEnd(60)),
          });
          io.stderr("\n");
        }
        if (done.status !== "done" || !done.result) throw new Error(done.error ?? "l'analyse a échoué");
        const result = done.result as TransferResult;
        const codes = (
          await handle.db
            .select({ code: schema.bureaux.code })
            .from(schema.bureaux)
            .where(eq(schema.bureaux.campaignId, campaign.id))
            .orderBy(schema.bureaux.code)
        ).map((b) => b.code);
        const bureaux = bureauEntries(codes.length ? codes : result.bureaux.map((b) => b.code), result);
        if (opts.json) {
          io.stdout(
            `${finiteJson({ analysis: done.id, transfer: result.transfer, labels: result.labels, side: result.side, reach: result.reach ?? { from: [], to: [] }, unmatched: result.unmatched, bureaux, backtest: result.backtest, warnings: result.warnings })}\n`,
          );
          return;
        }
        io.stdout(analyzeText(result, done.id, bureaux));
      } finally {
        await handle.close();
      }
    });
}
