import { sumLogBeta, sweepAlpha } from "./md-alpha.ts";
import type { MdData } from "./md-data.ts";
import { createFastRng } from "./md-fast-rng.ts";
import { initBetaState, type MdBetaState, retune, sweepBetas } from "./md-sweep.ts";
import type { Rng } from "./rng.ts";

/** Run lengths and priors of one MD chain (eiPack's ei.MD.bayes arguments). */
export interface MdChainOptions {
  samples: number;
  burnin: number;
  thin: number;
  /** Gamma prior on each α_rc: shape λ1 (default 4), rate λ2 (default 2). */
  lambda1: number;
  lambda2: number;
  /** Keep the unit-level β draws (memory: samples·n·R·C float32). */
  keepUnits: boolean;
  /** Use the covariate model (md-covariate.ts). */
  covariate?: boolean;
}

/** The draws of one chain, flat: draw s, cell r*C + c. */
export interface MdChainResult {
  samples: number;
  /** Aggregate cell counts Σ_i N[i,r] β[i,r,c] per kept draw (eiPack's Cell.counts). */
  cells: Float64Array;
  /** Hyperparameter draws (α for the plain model; d, γ, δ for the covariate one). */
  hyper: Float64Array;
  hyperSize: number;
  /** β draws per kept draw, unit-major (only with keepUnits). */
  units?: Float32Array;
  /** Post-burn-in acceptance rates of the β moves and the hyperparameter moves. */
  acceptBeta: number;
  acceptHyper: number;
}

/** Batch length, in iterations, between two tuneMD-rule adaptations during burn-in. */
export function tuneBatch(burnin: number): number {
  return Math.max(10, Math.min(50, Math.floor(burnin / 10)));
}

/** Writes Σ_i N[i,r] β[i,r,c] (eiPack's cellcount) into out at offset. Cost: O(n·R·C). */
export function cellCounts(data: MdData, beta: Float64Array, out: Float64Array, offset: number): void {
  const { n, R, C, N } = data;
  const RC = R * C;
  for (let k = 0; k < RC; k++) out[offset + k] = 0;
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < R; r++) {
      const w = N[i * R + r];
      if (w === 0) continue;
      const b = i * RC + r * C;
      const o = offset + r * C;
      for (let c = 0; c < C; c++) out[o + c] += w * beta[b + c];
    }
  }
}

/** Copies β into the unit draws at draw s (no-op when not kept). */
export function keepUnitDraw(state: MdBetaState, units: Float32Array | undefined, s: number): void {
  if (units) units.set(state.beta, s * state.beta.length);
}

/**
 * One chain of the Rosen, Jiang, King & Tanner (2001) multinomial-Dirichlet RxC model,
 * moved exactly as eiPack's ei.MD.bayes (rbycei_fcn1): per iteration, the unit-level
 * paired random-walk Metropolis moves on β (md-sweep.ts), then the α random walk with a
 * Gamma(λ1, rate λ2) prior (md-alpha.ts), drawing from md-fast-rng.ts. Starting values as
 * eiPack: α ~ Gamma(λ1, λ2), β ~ Dirichlet(1); scales 0.25 (α) and 0.05 (β), tuned during
 * burn-in by eiPack's tuneMD rule every tuneBatch() iterations. Assumes the margins of MdData; counts may be
 * non-integer. Cost per iteration: O(n·R·(C−1)) moves of four logs each, plus O(n·R·C).
 */
export function runMdChain(
  data: MdData,
  opts: MdChainOptions,
  rng: Rng,
  onProgress?: (fraction: number) => void,
): MdChainResult {
  const { n, R, C } = data;
  const RC = R * C;
  const alpha = new Float64Array(RC);
  for (let k = 0; k < RC; k++) alpha[k] = rng.gamma(opts.lambda1) / opts.lambda2;
  const state = initBetaState(data, rng);
  const fast = createFastRng(rng);
  const tuneA = new Float64Array(RC).fill(0.25);
  const accA = new Float64Array(RC);
  const lbm = new Float64Array(RC);
  const cells = new Float64Array(opts.samples * RC);
  const hyper = new Float64Array(opts.samples * RC);
  const units = opts.keepUnits ? new Float32Array(opts.samples * n * RC) : undefined;
  const iters = opts.burnin + opts.samples * opts.thin;
  const batch = tuneBatch(opts.burnin);
  const progressEvery = Math.max(1, Math.floor(iters / 100));
  let accB = 0;
  let accH = 0;
  let s = 0;
  for (let it = 0; it < iters; it++) {
    const b = sweepBetas(data, state, alpha, 0, fast);
    sumLogBeta(state.logBeta, n, RC, lbm);
    const a = sweepAlpha(alpha, lbm, R, C, n, opts.lambda1, opts.lambda2, tuneA, accA, fast);
    if (it < opts.burnin) {
      if ((it + 1) % batch === 0 && opts.burnin - it > 1) {
        retune(state.tune, state.accepted, batch);
        retune(tuneA, accA, batch);
      }
    } else {
      accB += b;
      accH += a;
      if ((it - opts.burnin + 1) % opts.thin === 0) {
        cellCounts(data, state.beta, cells, s * RC);
        hyper.set(alpha, s * RC);
        keepUnitDraw(state, units, s);
        s++;
      }
    }
    if (onProgress && (it + 1) % progressEvery === 0) onProgress((it + 1) / iters);
  }
  const post = iters - opts.burnin;
  return {
    samples: opts.samples,
    cells,
    hyper,
    hyperSize: RC,
    units,
    acceptBeta: accB / Math.max(1, post * n * R * (C - 1)),
    acceptHyper: accH / Math.max(1, post * RC),
  };
}
