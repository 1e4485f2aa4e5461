import type { EiInput } from "./contract.ts";

/** Deterministic bounds of one unit: R×C shares of each row going to each column. */
export interface UnitBounds {
  lower: number[][];
  upper: number[][];
}

/** Output of {@link computeBounds}: unit and aggregate Duncan–Davis bounds and margins. */
export interface BoundsResult {
  /** Per unit bounds, in input order (empty with `units: false`, which skips allocating them). */
  units: UnitBounds[];
  /** Aggregate bounds: row-total-weighted means of the unit bounds (R×C). */
  lower: number[][];
  upper: number[][];
  /** Aggregate row totals Σ_k r_ik. */
  rowTotals: number[];
  /** Aggregate column totals Σ_k c_kj. */
  colTotals: number[];
  /** Aggregate counts under within-unit independence, Σ_k r_ik c_kj / N_k (R×C). */
  neutralCounts: number[][];
}

/**
 * Bounds of one unit's R×C cell shares.
 *
 * Method: Duncan & Davis (1953), "An alternative to ecological correlation", American
 * Sociological Review 18; the RxC form: the share of row i going to column j lies in
 * [max(0, (r_i + c_j − N)/r_i), min(1, c_j/r_i)], the Fréchet bounds of the cell count
 * divided by the row total. Rows with a zero total get [0, 1]. Assumption: row and column
 * totals equal (N). Cost: O(R × C).
 */
export function unitBounds(rows: readonly number[], cols: readonly number[]): UnitBounds {
  let n = 0;
  for (const c of cols) n += c;
  const lower: number[][] = [];
  const upper: number[][] = [];
  for (const r of rows) {
    const lo: number[] = [];
    const up: number[] = [];
    for (const c of cols) {
      if (r > 0) {
        lo.push(Math.max(0, (r + c - n) / r));
        up.push(Math.min(1, c / r));
      } else {
        lo.push(0);
        up.push(1);
      }
    }
    lower.push(lo);
    upper.push(up);
  }
  return { lower, upper };
}

/**
 * Duncan–Davis bounds per unit and in aggregate, plus the neutral (independence) counts.
 *
 * Method: Duncan & Davis (1953) per unit (see {@link unitBounds}); the aggregate bound of a
 * cell is the mean of the unit bounds weighted by the unit's row total, which is the exact
 * range of the aggregate share Σ_k n_kij / Σ_k r_ik since units vary independently (King
 * 1997, ch. 5). Pass `units: false` to skip the per unit bounds (they allocate).
 * Assumption: each unit's row and column totals are equal (reconcile first).
 * Cost: O(units × R × C), a few milliseconds for 10,000 units.
 */
export function computeBounds(input: EiInput, options: { units?: boolean } = {}): BoundsResult {
  const withUnits = options.units !== false;
  const nr = input.rows.length;
  const nc = input.cols.length;
  const lowSum = new Float64Array(nr * nc);
  const upSum = new Float64Array(nr * nc);
  const neutral = new Float64Array(nr * nc);
  const rowTotals = new Array<number>(nr).fill(0);
  const colTotals = new Array<number>(nc).fill(0);
  const units: UnitBounds[] = [];
  for (const u of input.units) {
    if (withUnits) units.push(unitBounds(u.rows, u.cols));
    let n = 0;
    for (let j = 0; j < nc; j++) {
      n += u.cols[j];
      colTotals[j] += u.cols[j];
    }
    for (let i = 0; i < nr; i++) {
      const r = u.rows[i];
      rowTotals[i] += r;
      if (r === 0) continue;
      for (let j = 0; j < nc; j++) {
        const c = u.cols[j];
        // r · bound = the count bounds max(0, r + c − N) and min(r, c)
        lowSum[i * nc + j] += Math.max(0, r + c - n);
        upSum[i * nc + j] += Math.min(r, c);
        if (n > 0) neutral[i * nc + j] += (r * c) / n;
      }
    }
  }
  const matrix = (m: Float64Array, fallback: number | null) =>
    Array.from({ length: nr }, (_, i) =>
      Array.from({ length: nc }, (_, j) => {
        if (fallback === null) return m[i * nc + j];
        return rowTotals[i] > 0 ? m[i * nc + j] / rowTotals[i] : fallback;
      }),
    );
  return {
    units,
    lower: matrix(lowSum, 0),
    upper: matrix(upSum, 1),
    rowTotals,
    colTotals,
    neutralCounts: matrix(neutral, null),
  };
}
