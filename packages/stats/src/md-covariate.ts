import { cellCounts, keepUnitDraw, type MdChainOptions, type MdChainResult, tuneBatch } from "./md-chain.ts";
import type { MdData } from "./md-data.ts";
import { createFastRng } from "./md-fast-rng.ts";
import { lgamma } from "./md-lgamma.ts";
import { initBetaState, retune, sweepBetas } from "./md-sweep.ts";
import type { Rng } from "./rng.ts";

interface CovState {
  d: Float64Array;
  gamma: Float64Array;
  delta: Float64Array;
  /** α[i*R*C + r*C + c] = d_r exp(γ_rc + δ_rc Z_i). */
  alpha: Float64Array;
}

function fillAlpha(data: MdData, s: CovState): void {
  const { n, R, C, Z } = data;
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < R; r++) {
      const o = i * R * C + r * C;
      for (let c = 0; c < C; c++)
        s.alpha[o + c] = s.d[r] * Math.exp(s.gamma[r * C + c] + s.delta[r * C + c] * Z[i]);
    }
  }
}

/** Dirichlet log density of row r over all units with α_i = d·e_i, up to a constant. */
function rowLogLik(
  data: MdData,
  logBeta: Float64Array,
  r: number,
  d: number,
  g: Float64Array,
  dl: Float64Array,
): number {
  const { n, R, C, Z } = data;
  let ll = 0;
  for (let i = 0; i < n; i++) {
    const o = i * R * C + r * C;
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const a = d * Math.exp(g[r * C + c] + dl[r * C + c] * Z[i]);
      sum += a;
      ll += a * logBeta[o + c] - lgamma(a);
    }
    ll += lgamma(sum);
  }
  return ll;
}

/**
 * One chain of the covariate version of the Rosen et al. (2001) MD model, as eiPack's
 * ei.MD.bayes with `covariate` (rbycei_fcn3): β[i, r, ·] ~ Dirichlet(α_ir), with
 * α_irc = d_r exp(γ_rc + δ_rc Z_i) and γ_r,C-1 = δ_r,C-1 = 0; d_r ~ Gamma(λ1, rate λ2),
 * flat priors on γ and δ. Per iteration: random walk on each d_r, the unit-level β moves
 * (md-sweep.ts, with unit-specific α), then a joint random walk on each (γ_rc, δ_rc).
 * Starting values and scales as eiPack's tuneMD (d 0.2, β 0.05, γ and δ 0.25), tuned
 * during burn-in by the tuneMD rule. Hyper draws: d (R), γ (R·(C−1)), δ (R·(C−1)).
 * Cost per iteration: the β sweep plus O(n·R·C) lgamma evaluations per hyper move.
 */
export function runMdCovariateChain(
  data: MdData,
  opts: MdChainOptions,
  rng: Rng,
  onProgress?: (fraction: number) => void,
): MdChainResult {
  const { n, R, C } = data;
  const RC = R * C;
  const Cm1 = C - 1;
  const st: CovState = {
    d: new Float64Array(R),
    gamma: new Float64Array(RC),
    delta: new Float64Array(RC),
    alpha: new Float64Array(n * RC),
  };
  for (let r = 0; r < R; r++) {
    st.d[r] = rng.gamma(opts.lambda1) / opts.lambda2;
    for (let c = 0; c < Cm1; c++) {
      st.gamma[r * C + c] = rng.normal();
      st.delta[r * C + c] = rng.normal();
    }
  }
  const beta = initBetaState(data, rng);
  const fast = createFastRng(rng);
  const tuneD = new Float64Array(R).fill(0.2);
  const accD = new Float64Array(R);
  const tuneG = new Float64Array(R * Cm1).fill(0.25);
  const accG = new Float64Array(R * Cm1);
  const hyperSize = R + 2 * R * Cm1;
  const cells = new Float64Array(opts.samples * RC);
  const hyper = new Float64Array(opts.samples * hyperSize);
  const units = opts.keepUnits ? new Float32Array(opts.samples * n * RC) : undefined;
  const iters = opts.burnin + opts.samples * opts.thin;
  const batch = tuneBatch(opts.burnin);
  const progressEvery = Math.max(1, Math.floor(iters / 100));
  const { lambda1, lambda2 } = opts;
  let accB = 0;
  let accH = 0;
  let s = 0;
  for (let it = 0; it < iters; it++) {
    let acc = 0;
    for (let r = 0; r < R; r++) {
      const cur = st.d[r];
      const prop = cur + tuneD[r] * fast.normal();
      if (!(prop > 0)) continue;
      const diff =
        rowLogLik(data, beta.logBeta, r, prop, st.gamma, st.delta) +
        (lambda1 - 1) * Math.log(prop) -
        lambda2 * prop -
        (rowLogLik(data, beta.logBeta, r, cur, st.gamma, st.delta) +
          (lambda1 - 1) * Math.log(cur) -
          lambda2 * cur);
      if (diff >= 0 || Math.log(fast.uniform()) < diff) {
        st.d[r] = prop;
        accD[r] += 1;
        acc++;
      }
    }
    fillAlpha(data, st);
    const b = sweepBetas(data, beta, st.alpha, RC, fast);
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < Cm1; c++) {
        const k = r * C + c;
        const g0 = st.gamma[k];
        const d0 = st.delta[k];
        const llCur = rowLogLik(data, beta.logBeta, r, st.d[r], st.gamma, st.delta);
        st.gamma[k] = g0 + tuneG[r * Cm1 + c] * fast.normal();
        st.delta[k] = d0 + tuneG[r * Cm1 + c] * fast.normal();
        const diff = rowLogLik(data, beta.logBeta, r, st.d[r], st.gamma, st.delta) - llCur;
        if (diff >= 0 || Math.log(fast.uniform()) < diff) {
          accG[r * Cm1 + c] += 1;
          acc++;
        } else {
          st.gamma[k] = g0;
          st.delta[k] = d0;
        }
      }
    }
    if (it < opts.burnin) {
      if ((it + 1) % batch === 0) {
        retune(beta.tune, beta.accepted, batch);
        retune(tuneD, accD, batch);
        retune(tuneG, accG, batch);
      }
    } else {
      accB += b;
      accH += acc;
      if ((it - opts.burnin + 1) % opts.thin === 0) {
        cellCounts(data, beta.beta, cells, s * RC);
        const h = s * hyperSize;
        for (let r = 0; r < R; r++) {
          hyper[h + r] = st.d[r];
          for (let c = 0; c < Cm1; c++) {
            hyper[h + R + r * Cm1 + c] = st.gamma[r * C + c];
            hyper[h + R + R * Cm1 + r * Cm1 + c] = st.delta[r * C + c];
          }
        }
        keepUnitDraw(beta, units, s);
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
    hyperSize,
    units,
    acceptBeta: accB / Math.max(1, post * n * R * Cm1),
    acceptHyper: accH / Math.max(1, post * (R + R * Cm1)),
  };
}
