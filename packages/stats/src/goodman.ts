import { computeBounds } from "./bounds.ts";
import type { EiInput } from "./contract.ts";
import { cholesky, choleskySolve, spdInverse } from "./linalg.ts";
import { qt } from "./special-functions.ts";

/** Options of {@link goodmanRegression}. */
export interface GoodmanOptions {
  /** Weight each unit by its size N_k (weighted least squares); default false (OLS). */
  weighted?: boolean;
  /** Two-sided interval level; default 0.95. */
  level?: number;
}

/** Output of {@link goodmanRegression}: coefficients, standard errors, intervals, counts. */
export interface GoodmanResult {
  /** R×C coefficients: share of row i going to column j (each row sums to 1). */
  estimate: number[][];
  /** R×C standard errors. */
  se: number[][];
  /** R×C interval ends, estimate ± t_{df} · se. */
  lower: number[][];
  upper: number[][];
  /** R×C aggregate counts, estimate × aggregate row total. */
  counts: number[][];
  /** Residual degrees of freedom (units used − rows estimated). */
  df: number;
  /** Estimates outside the aggregate Duncan–Davis bounds, and rows that could not be fitted. */
  warnings: string[];
}

/**
 * Goodman's ecological regression, RxC.
 *
 * Method: Goodman (1953), "Ecological regressions and behavior of individuals", American
 * Sociological Review 18; for each column j, the unit's column share c_kj/N_k is regressed
 * on its row shares r_ik/N_k without intercept (as eiPack's `ei.reg`), by ordinary or
 * N_k-weighted least squares through the normal equations and a Cholesky solve. Standard
 * errors are the usual σ̂²(XᵀWX)⁻¹ ones; intervals use Student's t with K − R degrees of
 * freedom. Coefficients of each row sum to 1 by construction; the weighted fit also keeps
 * the observed column totals exactly. Estimates outside the aggregate bounds are flagged.
 * Assumptions: constancy of the shares across units (no aggregation bias), equal row and
 * column totals per unit; rows with a zero aggregate total get the overall column shares
 * and [0, 1]. Cost: O(K·R·(R + C) + R³).
 */
export function goodmanRegression(input: EiInput, options: GoodmanOptions = {}): GoodmanResult {
  const weighted = options.weighted ?? false;
  const level = options.level ?? 0.95;
  const nr = input.rows.length;
  const nc = input.cols.length;
  const bounds = computeBounds(input, { units: false });
  const active = bounds.rowTotals.map((t, i) => (t > 0 ? i : -1)).filter((i) => i >= 0);
  const p = active.length;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = Array.from({ length: p }, () => new Array<number>(nc).fill(0));
  // design (row shares), responses (column shares) and weights, flat for speed
  const kmax = input.units.length;
  const X = new Float64Array(kmax * p);
  const Y = new Float64Array(kmax * nc);
  const W = new Float64Array(kmax);
  let k = 0;
  for (const u of input.units) {
    let n = 0;
    for (const c of u.cols) n += c;
    if (n <= 0) continue;
    for (let a = 0; a < p; a++) X[k * p + a] = u.rows[active[a]] / n;
    for (let j = 0; j < nc; j++) Y[k * nc + j] = u.cols[j] / n;
    const w = weighted ? n : 1;
    W[k] = w;
    for (let a = 0; a < p; a++) {
      const wx = w * X[k * p + a];
      for (let b = 0; b <= a; b++) xtx[a][b] += wx * X[k * p + b];
      for (let j = 0; j < nc; j++) xty[a][j] += wx * Y[k * nc + j];
    }
    k++;
  }
  const used = k;
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) xtx[a][b] = xtx[b][a];
  const warnings: string[] = [];
  const l = cholesky(xtx);
  const inv = spdInverse(xtx);
  if (!l || !inv) throw new Error("Goodman regression: the row shares are collinear across units");
  const coef = Array.from({ length: nc }, (_, j) =>
    choleskySolve(
      l,
      xty.map((row) => row[j]),
    ),
  );
  const df = used - p;
  const tq = df > 0 ? qt(0.5 + level / 2, df) : Number.NaN;
  const sigma2 = coef.map((beta, j) => {
    let rss = 0;
    for (let q = 0; q < used; q++) {
      let fit = 0;
      for (let a = 0; a < p; a++) fit += X[q * p + a] * beta[a];
      rss += W[q] * (Y[q * nc + j] - fit) ** 2;
    }
    return df > 0 ? rss / df : Number.NaN;
  });
  const grand = bounds.colTotals.reduce((s, v) => s + v, 0);
  const estimate: number[][] = [];
  const se: number[][] = [];
  const lower: number[][] = [];
  const upper: number[][] = [];
  for (let i = 0; i < nr; i++) {
    const a = active.indexOf(i);
    if (a < 0) {
      warnings.push(`row "${input.rows[i]}" has a zero total: reported at the overall column shares`);
      estimate.push(bounds.colTotals.map((c) => c / grand));
      se.push(new Array<number>(nc).fill(Number.NaN));
      lower.push(new Array<number>(nc).fill(0));
      upper.push(new Array<number>(nc).fill(1));
      continue;
    }
    estimate.push(coef.map((beta) => beta[a]));
    se.push(sigma2.map((s2) => Math.sqrt(s2 * inv[a][a])));
    lower.push(estimate[i].map((b, j) => b - tq * se[i][j]));
    upper.push(estimate[i].map((b, j) => b + tq * se[i][j]));
    for (let j = 0; j < nc; j++) {
      const b = estimate[i][j];
      const lo = bounds.lower[i][j];
      const hi = bounds.upper[i][j];
      if (b < lo - 1e-9 || b > hi + 1e-9) {
        warnings.push(
          `Goodman estimate ${input.rows[i]}→${input.cols[j]} = ${b.toFixed(4)} is outside the bounds [${lo.toFixed(4)}, ${hi.toFixed(4)}]`,
        );
      }
    }
  }
  const counts = estimate.map((row, i) => row.map((b) => b * bounds.rowTotals[i]));
  return { estimate, se, lower, upper, counts, df, warnings };
}
