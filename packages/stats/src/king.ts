import { computeBounds } from "./bounds.ts";
import { type EiInput, EiInputError, type EiOutput, type EiUnitEstimate } from "./contract.ts";
import { defaultKingPriors, type KingData, type KingPriors, kingLogPosterior } from "./king-likelihood.ts";
import { minimiseBfgs, numericHessian } from "./king-optimise.ts";
import { type KingSampler, simulateKing } from "./king-simulate.ts";
import { spdInverse } from "./linalg.ts";
import { createRng } from "./rng.ts";

/** Options of {@link runKing}. */
export interface KingOptions {
  /** Seed of the simulation; default 1. */
  seed?: number;
  /** Kept parameter draws (and unit draws); default 100 with the "ei" sampler (ei keeps 99), 1000 with "sir". */
  samples?: number;
  /** "ei" (default) reproduces the R package ei; "sir" samples the full parameter posterior. */
  sampler?: KingSampler;
  /** SIR proposals; default max(2000, 4 × samples). */
  proposals?: number;
  priors?: Partial<KingPriors>;
  /** Return per unit estimates and 95% intervals. */
  units?: boolean;
  onProgress?: (fraction: number) => void;
}

/** Quantile of a sample by linear interpolation (R's type 7). */
function quantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function summary(draws: Float64Array): { mean: number; lo: number; hi: number; sd: number } {
  const finite = Float64Array.from(draws.filter((v) => Number.isFinite(v))).sort();
  const n = finite.length;
  if (n === 0) return { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN, sd: Number.NaN };
  let s = 0;
  for (const v of finite) s += v;
  const mean = s / n;
  let ss = 0;
  for (const v of finite) ss += (v - mean) ** 2;
  return {
    mean,
    lo: quantile(finite, 0.025),
    hi: quantile(finite, 0.975),
    sd: Math.sqrt(ss / Math.max(1, n - 1)),
  };
}

/** Converts 2x2 counts to King's x (group share), t (choice share) and n, skipping empty units. */
export function kingDataFromInput(input: EiInput): { data: KingData; index: number[] } {
  if (input.rows.length !== 2 || input.cols.length !== 2) {
    throw new EiInputError(
      `king needs 2 rows and 2 columns (got ${input.rows.length}×${input.cols.length}); use md or lphom for RxC`,
    );
  }
  const index: number[] = [];
  input.units.forEach((u, k) => {
    if (u.cols[0] + u.cols[1] > 0) index.push(k);
  });
  const n = Float64Array.from(index, (k) => input.units[k].cols[0] + input.units[k].cols[1]);
  const x = Float64Array.from(index, (k, i) => Math.min(1, input.units[k].rows[0] / n[i]));
  const t = Float64Array.from(index, (k, i) => Math.min(1, input.units[k].cols[0] / n[i]));
  return { data: { x, t, n }, index };
}

/**
 * King's (1997) ecological inference for 2x2 tables, as the R package ei runs it.
 *
 * Method: King, "A Solution to the Ecological Inference Problem" (Princeton, 1997), ch. 6–8:
 * (β_b, β_w) of every unit drawn from a bivariate normal truncated to the unit square;
 * maximum of the posterior on ei's scale of estimation φ (BFGS from ei's start
 * (0, 0, −1.2, −1.2, 0), ei's default priors erho = esigma = ebeta = 0.5), numerical
 * Hessian, then importance resampling of φ and draws of each β_b^i on its tomography line
 * (see {@link simulateKing}). Rows[0] / cols[0] are the group and the choice of interest:
 * estimate = [[B_b, 1 − B_b], [B_w, 1 − B_w]] (posterior means), lower/upper the 2.5% and
 * 97.5% quantiles of the aggregate draws, counts the estimate times the row totals (they
 * sum to the observed column totals). Deviations from ei: a multivariate-t proposal with
 * the correct proposal density, systematic resampling and 1000 draws instead of 99.
 * Assumptions: no aggregation bias beyond the truncated normal; equal row and column
 * totals per unit. Cost: O(n) per likelihood × (~50 BFGS iterations × 11 + proposals)
 * plus O(samples × n) unit draws; about 0.1 s for 268 units.
 */
export function runKing(input: EiInput, options: KingOptions = {}): EiOutput {
  const started = performance.now();
  const priors: KingPriors = { ...defaultKingPriors, ...options.priors };
  const sampler = options.sampler ?? "ei";
  const samples = options.samples ?? (sampler === "ei" ? 100 : 1000);
  const { data, index } = kingDataFromInput(input);
  if (data.x.length < 3) throw new EiInputError("king needs at least 3 non-empty units");
  const negLogPost = (phi: readonly number[]) => -kingLogPosterior(phi, data, priors);
  const fit = minimiseBfgs(negLogPost, [0, 0, -1.2, -1.2, 0]);
  options.onProgress?.(0.2);
  const hessian = numericHessian(negLogPost, fit.x);
  const cov = spdInverse(hessian);
  if (!cov) throw new Error("King EI: the Hessian at the maximum is not positive definite");
  const warnings: string[] = [];
  if (!fit.converged) warnings.push("King EI: the likelihood maximisation did not converge");
  const sim = simulateKing(data, fit.x, cov, priors, createRng(options.seed ?? 1), {
    samples,
    sampler,
    proposals: options.proposals,
    keepUnits: options.units,
    onProgress: (f) => options.onProgress?.(0.2 + 0.8 * f),
  });
  if (sampler === "sir" && sim.weightEss < Math.min(100, samples / 4)) {
    warnings.push(
      `King EI: importance weights are concentrated (effective size ${sim.weightEss.toFixed(0)})`,
    );
  }
  const b = summary(sim.aggB);
  const w = summary(sim.aggW);
  const bounds = computeBounds(input, { units: false });
  const estimate = [
    [b.mean, 1 - b.mean],
    [w.mean, 1 - w.mean],
  ];
  const lower = [
    [b.lo, 1 - b.hi],
    [w.lo, 1 - w.hi],
  ];
  const upper = [
    [b.hi, 1 - b.lo],
    [w.hi, 1 - w.lo],
  ];
  let units: EiUnitEstimate[] | undefined;
  if (options.units && sim.unitB && sim.unitW) {
    const uB = sim.unitB;
    const uW = sim.unitW;
    const byInput = new Map(index.map((k, i) => [k, i]));
    units = input.units.map((u, k) => {
      const i = byInput.get(k);
      if (i === undefined) {
        const nan = [Number.NaN, Number.NaN];
        return { id: u.id, estimate: [nan, nan], lower: [nan, nan], upper: [nan, nan] };
      }
      const sb = summary(uB[i]);
      const sw = summary(uW[i]);
      return {
        id: u.id,
        estimate: [
          [sb.mean, 1 - sb.mean],
          [sw.mean, 1 - sw.mean],
        ],
        lower: [
          [sb.lo, 1 - sb.hi],
          [sw.lo, 1 - sw.hi],
        ],
        upper: [
          [sb.hi, 1 - sb.lo],
          [sw.hi, 1 - sw.lo],
        ],
      };
    });
  }
  options.onProgress?.(1);
  return {
    method: "king",
    rows: input.rows,
    cols: input.cols,
    estimate,
    lower,
    upper,
    counts: estimate.map((row, i) => row.map((v) => v * bounds.rowTotals[i])),
    ...(units ? { units } : {}),
    diagnostics: {
      elapsedMs: performance.now() - started,
      warnings,
      phi: fit.x,
      phiSe: cov.map((row, i) => Math.sqrt(row[i])),
      sd: [b.sd, w.sd],
      bounds: { lower: bounds.lower, upper: bounds.upper },
      importanceEss: sim.weightEss,
      proposals: sim.proposals,
      mleIterations: fit.iterations,
    },
  };
}
