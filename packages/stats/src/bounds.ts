import type { EiInput } from "./contract.ts";

/** Deterministic bounds of one unit: R×C shares of each row going to each column. */
export interface UnitBounds {
  lower: number[][];
  upper: number[][];
}

export interface BoundsResult {
  /** Per unit bounds, in input order. */
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
 * 1997, ch. 5). Assumption: each unit's row and column totals are equal (reconcile first).
 * Cost: O(units × R × C), a few milliseconds for 10,000 units.
 */
export function computeBounds(input: EiInput): BoundsResult {
  const nr = input.rows.length;
  const nc = input.cols.length;
  const zeros = () => Array.from({ length: nr }, () => new Array<number>(nc).fill(0));
  const lowSum = zeros();
  const upSum = zeros();
  const neutralCounts = zeros();
  const rowTotals = new Array<number>(nr).fill(0);
  const colTotals = new Array<number>(nc).fill(0);
  const units = input.units.map((u) => {
    const b = unitBounds(u.rows, u.cols);
    let n = 0;
    for (const c of u.cols) n += c;
    for (let j = 0; j < nc; j++) colTotals[j] += u.cols[j];
    for (let i = 0; i < nr; i++) {
      const r = u.rows[i];
      rowTotals[i] += r;
      if (r === 0) continue;
      for (let j = 0; j < nc; j++) {
        lowSum[i][j] += r * b.lower[i][j];
        upSum[i][j] += r * b.upper[i][j];
        if (n > 0) neutralCounts[i][j] += (r * u.cols[j]) / n;
      }
    }
    return b;
  });
  const share = (m: number[][], fallback: number) =>
    m.map((row, i) => row.map((v) => (rowTotals[i] > 0 ? v / rowTotals[i] : fallback)));
  return {
    units,
    lower: share(lowSum, 0),
    upper: share(upSum, 1),
    rowTotals,
    colTotals,
    neutralCounts,
  };
}
