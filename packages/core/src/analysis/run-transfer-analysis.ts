import { backtestScore, type EiOutput, runEiOffThread } from "@terrain/stats";
import type { Db } from "../db/db-type.ts";
import { AppError } from "../errors.ts";
import { buildTransferInput } from "./build-transfer-input.ts";
import { loadBureauDemographics } from "./demographics.ts";
import { type ElectionOption, type ElectionTable, listElectionIds, loadElection } from "./load-election.ts";
import { BLANK_AND_NULL, mergeSmallOptions, OTHER_LISTS } from "./merge-small-options.ts";
import { scoreTransfer } from "./score-transfer.ts";
import { reachIndices, type Side, sideIndices } from "./side.ts";
import type { BacktestOut, TransferMethod, TransferResult } from "./transfer-result.ts";
import { codeWarnings } from "./warning-codes.ts";

export interface TransferParams {
  from: string;
  to: string;
  side: Side;
  /** Lists within reach (listes proches): their voters count in the persuasion potential. */
  reach?: Side;
}

export interface RunOptions {
  seed: number;
  onProgress?: (fraction: number, message: string) => void;
  /** md: kept draws, burn-in and thinning per chain, and chains (defaults: MD_DEFAULTS). */
  samples?: number;
  burnin?: number;
  thin?: number;
  chains?: number;
}

/**
 * Run lengths of the MD sampler for analyses. eiPack's own defaults (1,000 draws after a
 * 1,000 burn-in, no thinning) leave the demo's chains far apart (max R-hat 1.9 to 7 on the
 * demo's transfers, ESS of 2 to 3 for the worst cell): the hierarchical model mixes slowly,
 * with autocorrelation times of thousands of iterations for the small rows (blank and null,
 * other lists). 10,000 burn-in and 20 × 1,000 kept iterations per chain is what fits the
 * analysis budget (a demo analysis in about a minute on 2 shared cores); see the analysis
 * demo test for the R-hat and coverage it reaches.
 */
export const MD_DEFAULTS = { samples: 1000, burnin: 10_000, thin: 20, chains: 2 } as const;

/** The engine's run options for an analysis: the caller's, else MD_DEFAULTS. */
export const engineRunOptions = (options: RunOptions) => ({
  seed: options.seed,
  samples: options.samples ?? MD_DEFAULTS.samples,
  burnin: options.burnin ?? MD_DEFAULTS.burnin,
  thin: options.thin ?? MD_DEFAULTS.thin,
  chains: options.chains ?? MD_DEFAULTS.chains,
});

const sideKeys = (e: ElectionTable, side: Side) => new Set(sideIndices(e, side).map((i) => e.options[i].key));
const reachKeys = (e: ElectionTable, reach: Side | undefined, side: Side) =>
  new Set(reachIndices(e, reach, side).map((i) => e.options[i].key));

async function estimate(
  from: ElectionTable,
  to: ElectionTable,
  side: Side,
  reach: Side | undefined,
  method: TransferMethod,
  options: RunOptions,
  progress: (f: number) => void,
) {
  const raw = buildTransferInput(from, to);
  // reachable lists are kept apart from "Autres listes", or their voters could not be counted
  const keep = new Set([...[from, to].flatMap((e) => [...sideKeys(e, side), ...reachKeys(e, reach, side)])]);
  const merged = mergeSmallOptions(raw.input, keep);
  const built = { ...raw, input: merged.input, merged: { rows: merged.rowGroups, cols: merged.colGroups } };
  if (built.input.units.length < 2) {
    throw new AppError(
      "bad_request",
      `Trop peu de bureaux communs entre ${from.id} et ${to.id} pour estimer des reports.`,
    );
  }
  const out: EiOutput = await runEiOffThread(built.input, method, {
    ...engineRunOptions(options),
    units: true,
    onProgress: progress,
  });
  return { built, out };
}

/**
 * A transfer analysis between two elections of a campaign: the engine's transfer matrix,
 * each bureau's priority (scoreBureaux) and, when an election precedes `from`, a back-test:
 * the same score computed on (previous → from), correlated with our side's progression
 * from `from` to `to` (md back-tests with tslphom, to stay fast).
 */
export async function runTransferAnalysis(
  db: Db,
  campaignId: string,
  params: TransferParams,
  method: TransferMethod,
  options: RunOptions,
): Promise<TransferResult> {
  const report = options.onProgress ?? (() => {});
  report(0, "Lecture des résultats");
  const from = await loadElection(db, campaignId, params.from);
  const to = await loadElection(db, campaignId, params.to);
  const demo = await loadBureauDemographics(db, campaignId);
  const sideFrom = sideKeys(from, params.side);
  const sideTo = sideKeys(to, params.side);
  const warnings: string[] = [];
  if (sideFrom.size === 0) warnings.push(`No list of our side in ${from.label}.`);
  if (sideTo.size === 0) warnings.push(`No list of our side in ${to.label}.`);
  const reachTo = reachKeys(to, params.reach, params.side);
  const { built, out } = await estimate(from, to, params.side, params.reach, method, options, (f) =>
    report(0.05 + 0.8 * f, "Estimation des reports"),
  );
  const bureaux = scoreTransfer(built.input, out, sideFrom, sideTo, demo.households, reachTo);
  report(0.85, "Validation rétrospective");
  const backtest = await runBacktest(db, campaignId, from, to, params, method, options, demo.households);
  const { units: _units, ...transfer } = out;
  report(1, "Terminé");
  return {
    kind: "transfer",
    from: { id: from.id, label: from.label },
    to: { id: to.id, label: to.label },
    transfer,
    labels: { rows: out.rows.map((k) => optionOf(from, k)), cols: out.cols.map((k) => optionOf(to, k)) },
    merged: built.merged,
    side: { from: [...sideFrom], to: [...sideTo] },
    reach: { from: [...reachKeys(from, params.reach, params.side)], to: [...reachTo] },
    unmatched: built.unmatched,
    bureaux,
    backtest,
    warnings: [...warnings, ...out.diagnostics.warnings],
    warningCodes: codeWarnings([...warnings, ...out.diagnostics.warnings]),
  };
}

function optionOf(e: ElectionTable, key: string): ElectionOption {
  const found = e.options.find((o) => o.key === key);
  if (found) return found;
  if (key === BLANK_AND_NULL) return { key, label: key, nuance: null, kind: "blank" };
  return { key, label: key === OTHER_LISTS ? key : key.replace("_", " "), nuance: null, kind: "list" };
}

async function runBacktest(
  db: Db,
  campaignId: string,
  from: ElectionTable,
  to: ElectionTable,
  { side, reach }: TransferParams,
  method: TransferMethod,
  options: RunOptions,
  households: ReadonlyMap<string, number>,
): Promise<BacktestOut | null> {
  const ids = await listElectionIds(db, campaignId);
  const sideFrom = sideKeys(from, side);
  if (sideFrom.size === 0) return null;
  // the latest earlier election in which our side stood
  let prev: ElectionTable | null = null;
  for (let i = ids.indexOf(from.id) - 1; i >= 0 && !prev; i--) {
    const e = await loadElection(db, campaignId, ids[i]);
    if (sideKeys(e, side).size > 0) prev = e;
  }
  if (!prev) return null;
  const sidePrev = sideKeys(prev, side);
  const btMethod: TransferMethod = method === "md" ? "tslphom" : method;
  const { built, out } = await estimate(prev, from, side, reach, btMethod, options, () => {});
  const scores = scoreTransfer(
    built.input,
    out,
    sidePrev,
    sideFrom,
    households,
    reachKeys(from, reach, side),
  );
  const ours = (e: ElectionTable, keys: ReadonlySet<string>) => {
    const idx = e.options.flatMap((o, k) => (keys.has(o.key) ? [k] : []));
    return new Map(
      [...e.counts].map(([code, c]) => [
        code,
        { ours: idx.reduce((s, k) => s + c[k], 0), inscrits: c.reduce((s, v) => s + v, 0) },
      ]),
    );
  };
  const r = backtestScore(
    new Map(scores.map((s) => [s.code, s.gainPerDoor.value])),
    ours(from, sideFrom),
    ours(to, sideKeys(to, side)),
  );
  return {
    from: prev.id,
    to: from.id,
    next: to.id,
    method: btMethod,
    rho: Number.isFinite(r.rho) ? r.rho : null,
    bureaux: r.bureaux,
  };
}
