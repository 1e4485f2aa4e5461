/**
 * A sparse linear-programme builder for the lphom family.
 *
 * Rows are collected in compressed sparse row (CSR) form, the layout HiGHS accepts
 * directly (`highs.createModel`), so that no CPLEX LP text is written and parsed for
 * the 10^4–10^5 variable programmes of a commune. Cost: O(non-zeros) memory and time.
 */
export interface LpProblem {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** Incremental builder of an {@link LpProblem}; see {@link createLpBuilder}. */
export interface LpBuilder {
  /** Adds `count` variables with the same cost and bounds; returns the index of the first. */
  addVars(count: number, cost: number, lower?: number, upper?: number): number;
  /** Sets the cost of one variable. */
  setCost(index: number, cost: number): void;
  /** Sets the bounds of one variable. */
  setBounds(index: number, lower: number, upper: number): void;
  /** Adds the row `lower <= sum(values[k] * x[indices[k]]) <= upper`. */
  addRow(indices: readonly number[], values: readonly number[], lower: number, upper: number): void;
  /** Adds the equality row `sum(values[k] * x[indices[k]]) = rhs`. */
  addEq(indices: readonly number[], values: readonly number[], rhs: number): void;
  /** The number of variables so far. */
  numCols(): number;
  /** Freezes the programme into typed arrays (minimisation). */
  build(): LpProblem;
}

/**
 * Creates an empty LP builder (minimisation, variables non-negative by default).
 * Method: plain CSR assembly. Cost: amortised O(1) per non-zero.
 */
export function createLpBuilder(): LpBuilder {
  const cost: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  return {
    addVars(count, c, lo = 0, up = Number.POSITIVE_INFINITY) {
      const first = cost.length;
      for (let k = 0; k < count; k++) {
        cost.push(c);
        lower.push(lo);
        upper.push(up);
      }
      return first;
    },
    setCost(index, c) {
      cost[index] = c;
    },
    setBounds(index, lo, up) {
      lower[index] = lo;
      upper[index] = up;
    },
    addRow(idx, val, lo, up) {
      for (let k = 0; k < idx.length; k++) {
        if (val[k] === 0) continue;
        indices.push(idx[k]);
        values.push(val[k]);
      }
      starts.push(indices.length);
      rowLower.push(lo);
      rowUpper.push(up);
    },
    addEq(idx, val, rhs) {
      this.addRow(idx, val, rhs, rhs);
    },
    numCols: () => cost.length,
    build() {
      return {
        numCols: cost.length,
        numRows: rowLower.length,
        colCost: Float64Array.from(cost),
        colLower: Float64Array.from(lower),
        colUpper: Float64Array.from(upper),
        rowLower: Float64Array.from(rowLower),
        rowUpper: Float64Array.from(rowUpper),
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      };
    },
  };
}
