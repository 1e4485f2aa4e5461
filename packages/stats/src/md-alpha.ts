import type { FastRng } from "./md-fast-rng.ts";
import { lgamma } from "./md-lgamma.ts";

/**
 * Sums over units of log β, per (r, c): the sufficient statistic of the Dirichlet
 * parameters (eiPack's logbetamat). Written into out. Cost: O(n·R·C) additions.
 */
export function sumLogBeta(logBeta: Float64Array, n: number, RC: number, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const b0 = i * RC;
    for (let k = 0; k < RC; k++) out[k] += logBeta[b0 + k];
  }
}

/**
 * One sweep of eiPack's α moves (rbycei_fcn1): for each row r and column c in turn,
 * α'_rc = α_rc + N(0, tune²), rejected if ≤ 0, with log target
 *   (λ1 − 1) log α − λ2 α + n [lgamma(α + Σ_{t≠c} α_rt) − lgamma(α)] + α Σ_i log β_irc,
 * i.e. a Gamma(shape λ1, rate λ2) prior on each α_rc and the Dirichlet likelihood of the
 * n unit-level β[i, r, ·] (Rosen et al. 2001, eq. 6). Cost: 4 lgamma per (r, c).
 * Returns the number of accepted moves; accepted[k] counts per (r, c).
 */
export function sweepAlpha(
  alpha: Float64Array,
  lbm: Float64Array,
  R: number,
  C: number,
  n: number,
  lambda1: number,
  lambda2: number,
  tune: Float64Array,
  accepted: Float64Array,
  rng: FastRng,
): number {
  let total = 0;
  for (let r = 0; r < R; r++) {
    const o = r * C;
    for (let c = 0; c < C; c++) {
      const cur = alpha[o + c];
      const prop = cur + tune[o + c] * rng.normal();
      if (!(prop > 0)) continue;
      let rest = 0;
      for (let t = 0; t < C; t++) rest += alpha[o + t];
      rest -= cur;
      const l = lbm[o + c];
      const llProp =
        (lambda1 - 1) * Math.log(prop) - lambda2 * prop + n * (lgamma(prop + rest) - lgamma(prop)) + l * prop;
      const llCur =
        (lambda1 - 1) * Math.log(cur) - lambda2 * cur + n * (lgamma(cur + rest) - lgamma(cur)) + l * cur;
      const diff = llProp - llCur;
      if (diff >= 0 || Math.log(rng.uniform()) < diff) {
        alpha[o + c] = prop;
        accepted[o + c] += 1;
        total++;
      }
    }
  }
  return total;
}
