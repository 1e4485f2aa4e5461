import type { Highs } from "highs";
import type { LpProblem } from "./lp-model.ts";
import type { LpSolution } from "./lp-solve.ts";

/**
 * Solves a standard-form LP  min c'z  s.t.  Az = b,  z ≥ 0 (or z fixed)  through its
 * dual  max b'w  s.t.  A'w ≤ c  with HiGHS, and reads z back as the dual values of
 * the dual's rows (LP duality, e.g. Vanderbei, Linear Programming, ch. 5).
 *
 * Why: the lphom programmes have a few dozen transfer cells and thousands of
 * absolute-deviation variables e⁺, e⁻ that each appear in one row only. In the dual
 * those singleton columns become plain bounds (−1 ≤ w ≤ 1 for a unit residual), so the
 * simplex basis has J·K rows instead of I·K: 1,000 units × 10 × 8 solve ~10× faster
 * than the primal in HiGHS' WebAssembly build. Fixed columns are substituted out.
 *
 * Requires equality rows, columns with lower bound 0 and upper bound +∞ or fixed
 * (lower = upper). Singleton columns get their value from their row's residual.
 * Cost: one simplex solve of a programme with (rows) variables and (non-singleton,
 * non-fixed columns) rows.
 */
export function solveViaDual(highs: Highs, p: LpProblem): LpSolution {
  const m = p.numRows;
  const n = p.numCols;
  const b = Float64Array.from(p.rowLower);
  const count = new Int32Array(n);
  for (let q = 0; q < p.indices.length; q++) count[p.indices[q]]++;
  const fixed = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    if (p.colLower[j] === p.colUpper[j]) fixed[j] = 1;
    else if (p.colLower[j] !== 0 || p.colUpper[j] !== Number.POSITIVE_INFINITY) {
      throw new Error(`solveViaDual: column ${j} must be ≥ 0 or fixed`);
    }
  }
  for (let r = 0; r < m; r++) {
    if (p.rowLower[r] !== p.rowUpper[r]) throw new Error(`solveViaDual: row ${r} must be an equality`);
    for (let q = p.starts[r]; q < p.starts[r + 1]; q++) {
      const j = p.indices[q];
      if (fixed[j]) b[r] -= p.values[q] * p.colLower[j];
    }
  }
  const wLower = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const wUpper = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const dualRowOf = new Int32Array(n).fill(-1);
  let nd = 0;
  for (let j = 0; j < n; j++) if (!fixed[j] && count[j] > 1) dualRowOf[j] = nd++;
  // Dual rows = transposed matrix restricted to the kept columns (CSR of A').
  const starts = new Int32Array(nd + 1);
  for (let j = 0; j < n; j++) if (dualRowOf[j] >= 0) starts[dualRowOf[j] + 1] = count[j];
  for (let d = 0; d < nd; d++) starts[d + 1] += starts[d];
  const fill = starts.slice(0, nd);
  const idx = new Int32Array(starts[nd]);
  const val = new Float64Array(starts[nd]);
  for (let r = 0; r < m; r++) {
    for (let q = p.starts[r]; q < p.starts[r + 1]; q++) {
      const j = p.indices[q];
      const a = p.values[q];
      const d = dualRowOf[j];
      if (d >= 0) {
        idx[fill[d]] = r;
        val[fill[d]++] = a;
      } else if (!fixed[j]) {
        const bound = p.colCost[j] / a;
        if (a > 0) wUpper[r] = Math.min(wUpper[r], bound);
        else wLower[r] = Math.max(wLower[r], bound);
      }
    }
  }
  const rowUpper = new Float64Array(nd);
  for (let j = 0; j < n; j++) if (dualRowOf[j] >= 0) rowUpper[dualRowOf[j]] = p.colCost[j];
  const model = highs.createModel({
    numCols: m,
    numRows: nd,
    colCost: b.map((v) => -v),
    colLower: wLower,
    colUpper: wUpper,
    rowLower: new Float64Array(nd).fill(Number.NEGATIVE_INFINITY),
    rowUpper,
    matrix: { format: "csr", numRows: nd, numCols: m, starts, indices: idx, values: val },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    const x = new Float64Array(n);
    if (status !== highs.constants.modelStatus.optimal) {
      return { optimal: false, status, objective: Number.NaN, x };
    }
    const rowDual = model.getSolution().rowDual;
    for (let j = 0; j < n; j++) {
      if (fixed[j]) x[j] = p.colLower[j];
      else if (dualRowOf[j] >= 0) x[j] = Math.max(0, -rowDual[dualRowOf[j]]);
    }
    recoverSingletons(p, x, dualRowOf, fixed);
    return { optimal: true, status, objective: -model.getObjectiveValue() + fixedCost(p, fixed), x };
  } finally {
    model.dispose();
  }
}

function fixedCost(p: LpProblem, fixed: Uint8Array): number {
  let c = 0;
  for (let j = 0; j < p.numCols; j++) if (fixed[j]) c += p.colCost[j] * p.colLower[j];
  return c;
}

/** Sets each row's singleton columns to close the row's residual, cheapest first. */
function recoverSingletons(p: LpProblem, x: Float64Array, dualRowOf: Int32Array, fixed: Uint8Array): void {
  for (let r = 0; r < p.numRows; r++) {
    let residual = p.rowLower[r];
    for (let q = p.starts[r]; q < p.starts[r + 1]; q++) {
      const j = p.indices[q];
      if (fixed[j] || dualRowOf[j] >= 0) residual -= p.values[q] * x[j];
    }
    for (let q = p.starts[r]; q < p.starts[r + 1] && residual !== 0; q++) {
      const j = p.indices[q];
      if (fixed[j] || dualRowOf[j] >= 0) continue;
      const v = residual / p.values[q];
      if (v > 0) {
        x[j] = v;
        residual = 0;
      }
    }
  }
}
