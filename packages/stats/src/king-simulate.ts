import {
  KING_ENUM_TOL,
  type KingData,
  type KingPriors,
  kingConditional,
  kingPsi,
} from "./king-likelihood.ts";
import { drawParametersEi, drawParametersSir } from "./king-sampler.ts";
import { cholesky } from "./linalg.ts";
import type { Rng } from "./rng.ts";
import { pnorm, qnorm } from "./special-functions.ts";

/**
 * One draw from N(mean, sd²) truncated to [lo, hi].
 * Method: inversion of the normal CDF on the side of the smaller tail (so that intervals
 * far in a tail stay exact), e.g. Robert (1995) discusses the alternatives; falls back to
 * the nearer bound when the interval's mass underflows. Cost: O(1), two CDFs and one
 * quantile.
 */
export function drawTruncatedNormal(rng: Rng, mean: number, sd: number, lo: number, hi: number): number {
  if (!(hi > lo)) return lo;
  const a = (lo - mean) / sd;
  const b = (hi - mean) / sd;
  let z: number;
  if (a > 0) {
    const pa = pnorm(-a);
    const pb = pnorm(-b);
    if (!(pa > pb)) return lo;
    z = -qnorm(pb + rng.uniform() * (pa - pb));
  } else {
    const pa = pnorm(a);
    const pb = pnorm(b);
    if (!(pb > pa)) return b < 0 ? hi : lo;
    z = qnorm(pa + rng.uniform() * (pb - pa));
  }
  const v = mean + sd * z;
  return Math.min(hi, Math.max(lo, v));
}

/** How parameter draws are obtained from the mode and its Hessian. */
export type KingSampler = "ei" | "sir";

/** Options of {@link simulateKing}. */
export interface KingSimulationOptions {
  /** Parameter draws kept (each gives one draw of every unit). */
  samples: number;
  /** "ei" (default): the R package ei's scheme; "sir": importance resampling. */
  sampler?: KingSampler;
  /** SIR only: proposals drawn before resampling; default max(2000, 4 × samples). */
  proposals?: number;
  /** SIR only: degrees of freedom of the multivariate t proposal; default 8. */
  df?: number;
  /** Keep every unit's draws (needed for unit-level intervals). */
  keepUnits?: boolean;
  onProgress?: (fraction: number) => void;
}

/** Output of {@link simulateKing}: aggregate and unit draws. */
export interface KingSimulation {
  /** Aggregate B_b and B_w, one value per kept draw. */
  aggB: Float64Array;
  aggW: Float64Array;
  /** Per unit β_b and β_w draws (unit-major, `samples` each), when keepUnits. */
  unitB?: Float64Array[];
  unitW?: Float64Array[];
  /** Per unit posterior means of β_b and β_w (NaN where undefined: x = 0 for β_b, x = 1 for β_w). */
  meanB: Float64Array;
  meanW: Float64Array;
  /** Kish effective sample size of the importance weights (SIR), or the draws kept (ei). */
  weightEss: number;
  /** Parameter vectors proposed in all. */
  proposals: number;
}

/**
 * Simulation of King's (1997, ch. 8) 2x2 model around the posterior mode.
 *
 * Method: parameter draws φ by importance sampling around the mode φ̂ with scale from the
 * Hessian H, then for each kept φ every unit's β_b is drawn from its conditional normal
 * truncated to the Duncan–Davis bounds on the tomography line, β_w following from the
 * accounting identity; aggregates are the n·x and n·(1 − x) weighted means, so that each
 * draw reproduces the observed totals. Two samplers: "ei" reproduces the R package ei
 * (`ei.sim`/`.samp`: batches of 100 from N(φ̂, H⁻¹/4), kept when the max-normalised
 * importance ratio beats one uniform per batch; this concentrates the draws near the
 * mode, which is how ei's published figures were produced); "sir" is textbook sampling
 * importance resampling (Rubin 1988) from a multivariate t (df 8) with scale H⁻¹, which
 * reflects the full parameter uncertainty and gives wider intervals. Assumptions: a
 * unimodal posterior near-normal in φ. Cost: O(proposals × n) for the weights (about 35
 * proposals per kept draw with "ei") and O(samples × n) for the unit draws.
 */
export function simulateKing(
  data: KingData,
  phiHat: readonly number[],
  cov: number[][],
  priors: KingPriors,
  rng: Rng,
  options: KingSimulationOptions,
): KingSimulation {
  const l = cholesky(cov);
  if (!l) throw new Error("King EI: the Hessian at the mode is not positive definite");
  if ((options.sampler ?? "ei") === "ei") {
    const { kept, proposals } = drawParametersEi(
      data,
      phiHat,
      l,
      priors,
      rng,
      options.samples,
      options.onProgress,
    );
    return drawUnits(data, kept, rng, options, kept.length, proposals);
  }
  const { kept, proposals, ess } = drawParametersSir(data, phiHat, l, priors, rng, options);
  return drawUnits(data, kept, rng, options, ess, proposals);
}

function drawUnits(
  data: KingData,
  kept: number[][],
  rng: Rng,
  options: KingSimulationOptions,
  weightEss: number,
  proposals: number,
): KingSimulation {
  const { x, t, n } = data;
  const nu = x.length;
  const samples = kept.length;
  const aggB = new Float64Array(samples);
  const aggW = new Float64Array(samples);
  const meanB = new Float64Array(nu);
  const meanW = new Float64Array(nu);
  const unitB = options.keepUnits ? Array.from({ length: nu }, () => new Float64Array(samples)) : undefined;
  const unitW = options.keepUnits ? Array.from({ length: nu }, () => new Float64Array(samples)) : undefined;
  let nb = 0;
  let nw = 0;
  for (let i = 0; i < nu; i++) {
    nb += n[i] * x[i];
    nw += n[i] * (1 - x[i]);
  }
  for (let s = 0; s < samples; s++) {
    const p = kingPsi(kept[s]);
    let sb = 0;
    let sw = 0;
    for (let i = 0; i < nu; i++) {
      const xi = x[i];
      const ti = t[i];
      let bB: number;
      let bW: number;
      if (xi === 0) {
        bB = Number.NaN;
        bW = ti;
      } else if (xi === 1) {
        bB = ti;
        bW = Number.NaN;
      } else if (ti < KING_ENUM_TOL || ti > 1 - KING_ENUM_TOL) {
        bB = Math.min(1, Math.max(0, (ti - (1 - xi)) / xi));
        bW = (ti - bB * xi) / (1 - xi);
      } else {
        const c = kingConditional(p, xi, ti);
        bB = drawTruncatedNormal(rng, c.mean, c.sd, c.lo, c.hi);
        bW = (ti - bB * xi) / (1 - xi);
      }
      if (xi > 0) sb += n[i] * xi * bB;
      if (xi < 1) sw += n[i] * (1 - xi) * bW;
      meanB[i] += bB / samples;
      meanW[i] += bW / samples;
      if (unitB && unitW) {
        unitB[i][s] = bB;
        unitW[i][s] = bW;
      }
    }
    aggB[s] = nb > 0 ? sb / nb : Number.NaN;
    aggW[s] = nw > 0 ? sw / nw : Number.NaN;
    if (options.onProgress && s % 50 === 0) options.onProgress(0.5 + (0.5 * s) / samples);
  }
  return { aggB, aggW, unitB, unitW, meanB, meanW, weightEss, proposals };
}
