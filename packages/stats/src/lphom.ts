import type { Highs } from "highs";
import { EiInputError } from "./contract.ts";
import { heteGlobal } from "./hete.ts";
import { solveViaDual } from "./lp-dual.ts";
import { createLpBuilder } from "./lp-model.ts";
import { solveLp } from "./lp-solve.ts";
import { type LpStructure, zeroMask } from "./lp-structure.ts";

/** A-priori information of lphom (Pavía 2023): the prior matrix and its weight λ. */
export interface LphomGlobalOptions {
  /** J0×K0 a-priori transfer proportions (NaN = missing); padded with NaN to J×K. */
  apriori?: readonly (readonly number[])[];
  /** Weight of the a-priori matrix in [0, 1] (lphom default 0.5). */
  lambda?: number;
}

/** The global lphom matrix and its HETe. */
export interface LphomGlobal {
  /** J×K row-standardised transfer matrix. */
  p: number[][];
  /** HETe, eq. (11) of Romero et al. (2020). */
  hete: number;
}

function paddedApriori(a: LphomGlobalOptions["apriori"], J: number, K: number): number[][] | undefined {
  if (!a) return undefined;
  return Array.from({ length: J }, (_, j) =>
    Array.from({ length: K }, (_, k) => {
      const v = a[j]?.[k];
      if (v === undefined || v === null || Number.isNaN(v)) return Number.NaN;
      if (!Number.isFinite(v) || v < 0)
        throw new EiInputError(`apriori[${j}][${k}]: must be a proportion ≥ 0`);
      return v;
    }),
  );
}

/**
 * lphom: one global vote-transfer matrix by linear programming (Romero, Pavía, Martín
 * & Romero 2020, J. Applied Statistics 47:2711; a-priori version Pavía 2023,
 * SN Social Sciences 3:75), as lphom::lphom() builds it:
 *
 *   min (1−λ) Σ_ik (e⁺_ik + e⁻_ik) + λ Σ_jk x_·j (s⁺_jk + s⁻_jk)
 *   s.t. Σ_k p_jk = 1;  Σ_j x_·j p_jk = y_·k;  Σ_j x_ij p_jk + e⁺_ik − e⁻_ik = y_ik;
 *        p_jk − s⁺_jk + s⁻_jk = P0_jk (known a-priori cells);  p, e, s ≥ 0;
 *        structural zeros; when `uniform`, exits share one proportion across options.
 *
 * Without an a-priori matrix this is the least-absolute-deviations fit of the unit
 * destination counts under the homogeneity hypothesis. λ = 1 drops the unit fit.
 * Assumes scenario-prepared tables whose origin and destination totals agree.
 * Solved by HiGHS through the dual (see solveViaDual): one LP with J + K + I·K
 * variables, most of them boxed in [−1, 1], and J·K rows.
 */
export function solveLphomGlobal(
  highs: Highs,
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  structure: LpStructure,
  options: LphomGlobalOptions = {},
): LphomGlobal {
  const I = x.length;
  const J = x[0].length;
  const K = y[0].length;
  const lambda = options.apriori ? (options.lambda ?? 0.5) : 0;
  if (!(lambda >= 0 && lambda <= 1)) throw new EiInputError("lambda: must lie in [0, 1]");
  const P0 = paddedApriori(options.apriori, J, K);
  const xt = new Array<number>(J).fill(0);
  const yt = new Array<number>(K).fill(0);
  for (let i = 0; i < I; i++) {
    for (let j = 0; j < J; j++) xt[j] += x[i][j];
    for (let k = 0; k < K; k++) yt[k] += y[i][k];
  }
  const mask = zeroMask(J, K, structure);
  const lp = createLpBuilder();
  const p0 = lp.addVars(J * K, 0);
  const pIdx = (j: number, k: number) => p0 + j * K + k;
  for (let j = 0; j < J; j++) {
    lp.addEq(
      Array.from({ length: K }, (_, k) => pIdx(j, k)),
      new Array<number>(K).fill(1),
      1,
    );
  }
  for (let k = 0; k < K; k++) {
    lp.addEq(
      Array.from({ length: J }, (_, j) => pIdx(j, k)),
      xt,
      yt[k],
    );
  }
  for (let c = 0; c < J * K; c++) if (mask[c]) lp.setBounds(p0 + c, 0, 0);
  if (structure.uniform) {
    const canExit = J - structure.newRows;
    for (let k = K - structure.exitCols; k < K; k++) {
      for (let j = 1; j < canExit; j++) lp.addEq([pIdx(0, k), pIdx(j, k)], [1, -1], 0);
    }
  }
  if (P0 && lambda > 0) {
    const positive = xt.filter((v) => v > 0);
    const scale =
      lambda === 1 && positive.length > 0 && Math.min(...positive) > 1 ? Math.min(...positive) : 1;
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        if (Number.isNaN(P0[j][k])) continue;
        const s = lp.addVars(2, (lambda * xt[j]) / scale);
        lp.addEq([pIdx(j, k), s, s + 1], [1, -1, 1], P0[j][k]);
      }
    }
  }
  if (lambda < 1) {
    const e0 = lp.addVars(2 * I * K, P0 ? 1 - lambda : 1);
    for (let i = 0; i < I; i++) {
      for (let k = 0; k < K; k++) {
        const e = e0 + 2 * (i * K + k);
        const idx = Array.from({ length: J }, (_, j) => pIdx(j, k));
        lp.addEq([...idx, e, e + 1], [...x[i], 1, -1], y[i][k]);
      }
    }
  }
  const problem = lp.build();
  // The primal is the fallback should the dual ever fail numerically.
  const viaDual = solveViaDual(highs, problem);
  const sol = viaDual.optimal ? viaDual : solveLp(highs, problem);
  if (!sol.optimal) {
    throw new EiInputError(
      `lphom: the linear programme has no solution (HiGHS status ${sol.status}); check structural zeros and the scenario`,
    );
  }
  const p = Array.from({ length: J }, (_, j) =>
    Array.from({ length: K }, (_, k) => Math.max(0, sol.x[pIdx(j, k)])),
  );
  return { p, hete: heteGlobal(x, y, p) };
}
