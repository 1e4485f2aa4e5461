import type { MdData } from "./md-data.ts";
import type { FastRng } from "./md-fast-rng.ts";
import type { Rng } from "./rng.ts";

/** The unit-level state of an MD chain: β[i, r, ·] on the simplex, with its logs. */
export interface MdBetaState {
  /** β[i*R*C + r*C + c]: probability that a voter of row r in unit i goes to column c. */
  beta: Float64Array;
  logBeta: Float64Array;
  /** Random-walk standard deviation per (i, r, c < C-1), index i*R*(C-1) + r*(C-1) + c. */
  tune: Float64Array;
  /** Accepted moves per (i, r, c < C-1) since the last reset. */
  accepted: Float64Array;
  /** Scratch: Σ_r X[i,r] β[i,r,c] and its log for the current unit. */
  mix: Float64Array;
  logMix: Float64Array;
}

/**
 * Starting values as eiPack's BayesMDei draws them: each β[i, r, ·] ~ Dirichlet(1, …, 1),
 * every random-walk scale at 0.05. Cost: O(n·R·C) gamma draws.
 */
export function initBetaState(data: MdData, rng: Rng, startTune = 0.05): MdBetaState {
  const { n, R, C } = data;
  const beta = new Float64Array(n * R * C);
  const ones = new Float64Array(C).fill(1);
  const row = new Float64Array(C);
  for (let k = 0; k < n * R; k++) {
    rng.dirichlet(ones, row);
    for (let c = 0; c < C; c++) beta[k * C + c] = Math.max(row[c], 1e-12);
  }
  const logBeta = beta.map(Math.log);
  const tune = new Float64Array(n * R * (C - 1)).fill(startTune);
  return {
    beta,
    logBeta,
    tune,
    accepted: new Float64Array(n * R * (C - 1)),
    mix: new Float64Array(C),
    logMix: new Float64Array(C),
  };
}

/**
 * One sweep of the unit-level Metropolis moves of Rosen, Jiang, King & Tanner (2001) as
 * eiPack's rbycei_fcn1 performs them: for each unit i, row r and column c < C-1, propose
 * β'[c] = β[c] + N(0, tune²) paired with the reference column, β'[C-1] = β[c] + β[C-1] − β'[c],
 * rejected outside (0, β[c] + β[C-1]); the log target is
 *   T[i,c] log Σ_r X β[·,c] + T[i,C-1] log Σ_r X β[·,C-1] + (α_rc − 1) log β_c + (α_r,C-1 − 1) log β_C-1.
 * Unlike eiPack, which recomputes the mixtures Σ_r X β in O(R) and eight logs per move, the
 * mixtures and log β are cached, so a move costs four logs and O(1).
 * alpha[i*alphaStride + r*C + c] gives the Dirichlet parameters (stride 0: shared by units,
 * stride R*C: per unit, the covariate model). Returns the number of accepted moves.
 */
export function sweepBetas(
  data: MdData,
  s: MdBetaState,
  alpha: Float64Array,
  alphaStride: number,
  rng: FastRng,
): number {
  const { n, R, C, X, T } = data;
  const { beta, logBeta, tune, accepted, mix, logMix } = s;
  const ref = C - 1;
  const RC = R * C;
  const Cm1 = C - 1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const b0 = i * RC;
    const x0 = i * R;
    const t0 = i * C;
    const a0 = i * alphaStride;
    for (let c = 0; c < C; c++) {
      let m = 0;
      for (let r = 0; r < R; r++) m += X[x0 + r] * beta[b0 + r * C + c];
      mix[c] = m;
      logMix[c] = Math.log(m);
    }
    const tRef = T[t0 + ref];
    for (let r = 0; r < R; r++) {
      const x = X[x0 + r];
      const rb = b0 + r * C;
      const ra = a0 + r * C;
      const aRefM1 = alpha[ra + ref] - 1;
      const tuneBase = (i * R + r) * Cm1;
      for (let c = 0; c < Cm1; c++) {
        const bc = beta[rb + c];
        const bRef = beta[rb + ref];
        const ulim = bc + bRef;
        const prop = bc + tune[tuneBase + c] * rng.normal();
        if (!(prop > 0 && prop < ulim)) continue;
        const propRef = ulim - prop;
        const lp = Math.log(prop);
        const lpRef = Math.log(propRef);
        let diff = (alpha[ra + c] - 1) * (lp - logBeta[rb + c]) + aRefM1 * (lpRef - logBeta[rb + ref]);
        let mc = 0;
        let mRef = 0;
        let lmc = 0;
        let lmRef = 0;
        if (x > 0) {
          mc = mix[c] + x * (prop - bc);
          mRef = mix[ref] + x * (propRef - bRef);
          if (!(mc > 0 && mRef > 0)) continue;
          lmc = Math.log(mc);
          lmRef = Math.log(mRef);
          diff += T[t0 + c] * (lmc - logMix[c]) + tRef * (lmRef - logMix[ref]);
        }
        if (diff >= 0 || Math.log(rng.uniform()) < diff) {
          beta[rb + c] = prop;
          beta[rb + ref] = propRef;
          logBeta[rb + c] = lp;
          logBeta[rb + ref] = lpRef;
          if (x > 0) {
            mix[c] = mc;
            mix[ref] = mRef;
            logMix[c] = lmc;
            logMix[ref] = lmRef;
          }
          accepted[tuneBase + c] += 1;
          total++;
        }
      }
    }
  }
  return total;
}

/**
 * eiPack's tuneMD rule (sdtune, eiPack 0.2.2): multiply a random-walk scale by 0.84, 0.95,
 * 1, 1.05 or 1.15 when its acceptance rate is ≤ 0.3, ≤ 0.4, ≤ 0.5, < 0.7 or ≥ 0.7. Applied here in batches during
 * burn-in (an adaptive equivalent of tuneMD's repeated pilot runs). Cost: O(length).
 */
export function retune(tune: Float64Array, accepted: Float64Array, tries: number): void {
  for (let k = 0; k < tune.length; k++) {
    const rate = accepted[k] / tries;
    tune[k] *= rate <= 0.3 ? 0.84 : rate <= 0.4 ? 0.95 : rate <= 0.5 ? 1 : rate < 0.7 ? 1.05 : 1.15;
    accepted[k] = 0;
  }
}
