import { aggregationBiasCheck, aggregationBiasWarning } from "./aggregation-bias.ts";
import { computeBounds } from "./bounds.ts";
import { type EiInput, EiInputError, type EiMethod, type EiOutput, type EiUnitEstimate } from "./contract.ts";
import { dataDiagnostics } from "./diagnostics.ts";
import { goodmanRegression } from "./goodman.ts";
import { runKing } from "./king.ts";
import type { KingPriors } from "./king-likelihood.ts";
import type { KingSampler } from "./king-simulate.ts";
import { NEW_AND_EXIT_OPTIONS, type NewAndExit } from "./new-and-exit.ts";
import { type MarginMode, reconcileMargins, validateInput } from "./validate-input.ts";

/** Every method {@link runEi} dispatches to, as `terrain ei --method` accepts them. */
export const EI_METHODS: readonly EiMethod[] = [
  "bounds",
  "goodman",
  "king",
  "md",
  "lphom",
  "tslphom",
  "nslphom",
];

/** Options of {@link runEi}; each method reads those that concern it. */
export interface RunEiOptions {
  /** Seed of every stochastic method; default 1. */
  seed?: number;
  /** Kept draws (king: parameter draws, default 100; md: per chain, default 1000). */
  samples?: number;
  /** md: burn-in iterations (default 1000), thinning (default 1), chains (default 2). */
  burnin?: number;
  thin?: number;
  chains?: number;
  /** Return per unit estimates and intervals. */
  units?: boolean;
  /** goodman: weight units by their size (default false, as eiPack's ei.reg). */
  weighted?: boolean;
  /** Units whose row and column totals differ (not lphom): default "scale-rows". */
  margins?: MarginMode;
  /** lphom family: register-change scenario (lphom's new_and_exit_voters: raw, regular, …). */
  newAndExit?: string;
  /** king: "ei" (default) or "sir", and the priors (ei defaults 0.5 each). */
  sampler?: KingSampler;
  priors?: Partial<KingPriors>;
  /** md: Gamma prior on α (default shape 4, rate 2) and the covariate model. */
  lambda1?: number;
  lambda2?: number;
  covariate?: boolean;
  /** md: run chains in worker threads (default true). */
  workers?: boolean;
  /** Progress in [0, 1], for a progress bar. */
  onProgress?: (fraction: number) => void;
}

function boundsOutput(input: EiInput, units: boolean): EiOutput {
  const b = computeBounds(input, { units });
  const estimate = b.neutralCounts.map((row, i) =>
    row.map((v, j) => (b.rowTotals[i] > 0 ? v / b.rowTotals[i] : b.colTotals[j] / sumOf(b.colTotals))),
  );
  const out: EiOutput = {
    method: "bounds",
    rows: input.rows,
    cols: input.cols,
    estimate,
    lower: b.lower,
    upper: b.upper,
    counts: b.neutralCounts,
    diagnostics: { elapsedMs: 0, warnings: [] },
  };
  if (units) {
    out.units = input.units.map((u, k): EiUnitEstimate => {
      const n = sumOf(u.cols);
      const share = u.cols.map((c) => (n > 0 ? c / n : Number.NaN));
      return {
        id: u.id,
        estimate: u.rows.map(() => share),
        lower: b.units[k].lower,
        upper: b.units[k].upper,
      };
    });
  }
  return out;
}

function goodmanOutput(input: EiInput, weighted: boolean, units: boolean): EiOutput {
  const g = goodmanRegression(input, { weighted });
  const out: EiOutput = {
    method: "goodman",
    rows: input.rows,
    cols: input.cols,
    estimate: g.estimate,
    lower: g.lower,
    upper: g.upper,
    counts: g.counts,
    diagnostics: { elapsedMs: 0, warnings: g.warnings, se: g.se, df: g.df, weighted },
  };
  if (units) {
    const b = computeBounds(input, { units: true });
    out.units = input.units.map((u, k) => ({
      id: u.id,
      estimate: g.estimate,
      lower: b.units[k].lower,
      upper: b.units[k].upper,
    }));
  }
  return out;
}

const sumOf = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

/**
 * Runs one ecological-inference method on validated input and returns the engine's
 * output contract (estimate, lower, upper, counts, optional units, diagnostics).
 *
 * Method: a dispatcher. Validates the input ({@link validateInput}), reports data
 * diagnostics, reconciles unequal unit margins (except for the lphom family, which models
 * register changes itself through `newAndExit`), then runs: "bounds" (Duncan–Davis; the
 * estimate is the within-unit independence table, which lies inside the bounds and keeps
 * both margins), "goodman" (Goodman 1953), "king" (King 1997), "md" (Rosen et al. 2001,
 * md-bayes.ts), "lphom" / "tslphom" / "nslphom" (Romero, Pavía et al., lphom-run.ts).
 * Model-based methods other than Goodman also warn when King's symptom of aggregation bias
 * shows (aggregation-bias.ts). Assumptions: those of each method. Cost: that of the method plus O(units × R × C).
 */
export async function runEi(input: unknown, method: EiMethod, options: RunEiOptions = {}): Promise<EiOutput> {
  const started = performance.now();
  if (!EI_METHODS.includes(method)) {
    throw new RangeError(`unknown method "${String(method)}" (expected one of ${EI_METHODS.join(", ")})`);
  }
  const valid = validateInput(input);
  const data = dataDiagnostics(valid);
  const warnings = [...data.warnings];
  let out: EiOutput;
  if (method === "lphom" || method === "tslphom" || method === "nslphom") {
    // loaded on demand: it pulls in the HiGHS solver
    const { runLphomFamily } = await import("./lphom-run.ts");
    if (
      options.newAndExit !== undefined &&
      !NEW_AND_EXIT_OPTIONS.includes(options.newAndExit as NewAndExit)
    ) {
      throw new EiInputError(
        `unknown new-and-exit scenario "${options.newAndExit}" (expected one of ${NEW_AND_EXIT_OPTIONS.join(", ")})`,
      );
    }
    out = await runLphomFamily(valid, method, {
      newAndExit: options.newAndExit as NewAndExit | undefined,
      units: options.units,
      onProgress: options.onProgress,
    });
  } else {
    const nonEmpty = { ...valid, units: valid.units.filter((u) => sumOf(u.rows) > 0 || sumOf(u.cols) > 0) };
    if (nonEmpty.units.length === 0) throw new RangeError("every unit is empty: nothing to estimate");
    const rec = reconcileMargins(nonEmpty, options.margins ?? "scale-rows");
    warnings.push(...rec.warnings);
    const units = options.units === true;
    if (method === "bounds") out = boundsOutput(rec.input, units);
    else if (method === "goodman") out = goodmanOutput(rec.input, options.weighted === true, units);
    else if (method === "king") {
      out = runKing(rec.input, {
        seed: options.seed,
        samples: options.samples,
        sampler: options.sampler,
        priors: options.priors,
        units,
        onProgress: options.onProgress,
      });
    } else {
      const { runMd } = await import("./md-bayes.ts");
      out = await runMd(rec.input, {
        seed: options.seed ?? 1,
        samples: options.samples ?? 1000,
        burnin: options.burnin ?? 1000,
        thin: options.thin ?? 1,
        chains: options.chains ?? 2,
        units,
        lambda1: options.lambda1,
        lambda2: options.lambda2,
        covariate: options.covariate,
        workers: options.workers,
        onProgress: options.onProgress,
      });
    }
  }
  // Goodman warns of its own estimates outside the bounds; the other model-based methods
  // get King's symptom of aggregation bias, which their intervals do not account for.
  if (method !== "bounds" && method !== "goodman") {
    const bias = aggregationBiasWarning(aggregationBiasCheck(valid));
    if (bias) warnings.push(bias);
  }
  options.onProgress?.(1);
  return {
    ...out,
    diagnostics: {
      ...out.diagnostics,
      warnings: [...warnings, ...(out.diagnostics.warnings ?? [])],
      data: {
        emptyUnits: data.emptyUnits.length,
        unequalTotals: data.unequalTotals.length,
        zeroRows: data.zeroRows,
        zeroCols: data.zeroCols,
      },
      elapsedMs: performance.now() - started,
    },
  };
}
