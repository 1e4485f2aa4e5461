import loadHighs, { type Highs } from "highs";
import type { LpProblem } from "./lp-model.ts";

let highsPromise: Promise<Highs> | undefined;

/**
 * Loads the HiGHS solver (Huangfu & Hall 2018, dual revised simplex) compiled to
 * WebAssembly by the `highs` package. The module is loaded once per process and
 * reused: it is stateless between models, and loading costs ~50 ms.
 */
export function getHighs(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

export interface LpSolution {
  /** True when HiGHS proved optimality. */
  optimal: boolean;
  /** HiGHS model status code (7 = optimal, 8 = infeasible). */
  status: number;
  objective: number;
  x: Float64Array;
}

function toModelData(p: LpProblem) {
  return {
    numCols: p.numCols,
    numRows: p.numRows,
    colCost: p.colCost,
    colLower: p.colLower,
    colUpper: p.colUpper,
    rowLower: p.rowLower,
    rowUpper: p.rowUpper,
    matrix: {
      format: "csr" as const,
      numRows: p.numRows,
      numCols: p.numCols,
      starts: p.starts,
      indices: p.indices,
      values: p.values,
    },
  };
}

/**
 * Solves `min c'x` subject to the rows and bounds of `problem` with HiGHS (simplex,
 * presolve on). Cost: that of the simplex method, in practice roughly linear in the
 * non-zeros for the block-structured lphom programmes.
 */
export function solveLp(highs: Highs, problem: LpProblem): LpSolution {
  const model = highs.createModel(toModelData(problem));
  try {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    const optimal = status === highs.constants.modelStatus.optimal;
    const x = optimal ? model.getSolution().colValue : new Float64Array(problem.numCols);
    return { optimal, status, objective: optimal ? model.getObjectiveValue() : Number.NaN, x };
  } finally {
    model.dispose();
  }
}

/**
 * Lexicographic two-stage LP (as lphom's `distance.local = "abs"`): first minimises the
 * problem's own cost, then, among the solutions whose first cost stays within a
 * relative tolerance of that optimum, minimises `secondCost`. With `groups` (column →
 * block id, −1 for none) the first cost is capped block by block, so that independent
 * blocks batched into one programme keep their own optimum. The second stage warm
 * starts from the first basis. Cost: two simplex solves on the same model.
 */
export function solveLexicographic(
  highs: Highs,
  problem: LpProblem,
  secondCost: Float64Array,
  groups?: Int32Array,
  tolerance = 1e-7,
): LpSolution {
  const model = highs.createModel(toModelData(problem));
  try {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    if (status !== highs.constants.modelStatus.optimal) {
      return { optimal: false, status, objective: Number.NaN, x: new Float64Array(problem.numCols) };
    }
    const first = model.getObjectiveValue();
    const x1 = model.getSolution().colValue;
    const nGroups = groups ? Math.max(-1, ...groups) + 1 : 1;
    const idx: number[][] = Array.from({ length: nGroups }, () => []);
    const val: number[][] = Array.from({ length: nGroups }, () => []);
    const level = new Float64Array(nGroups);
    for (let j = 0; j < problem.numCols; j++) {
      const g = groups ? groups[j] : 0;
      if (problem.colCost[j] === 0 || g < 0) continue;
      idx[g].push(j);
      val[g].push(problem.colCost[j]);
      level[g] += problem.colCost[j] * x1[j];
    }
    const lower = new Float64Array(nGroups).fill(Number.NEGATIVE_INFINITY);
    const upper = level.map((v) => v + tolerance * Math.max(1, Math.abs(v)));
    const starts = new Int32Array(nGroups + 1);
    for (let g = 0; g < nGroups; g++) starts[g + 1] = starts[g] + idx[g].length;
    model.addRows({
      lower,
      upper,
      matrix: {
        format: "csr",
        numRows: nGroups,
        numCols: problem.numCols,
        starts,
        indices: Int32Array.from(idx.flat()),
        values: Float64Array.from(val.flat()),
      },
    });
    model.changeColsCost({ kind: "range", from: 0, to: problem.numCols - 1 }, secondCost);
    model.run();
    const status2 = model.getModelStatus();
    const optimal = status2 === highs.constants.modelStatus.optimal;
    const x = optimal ? model.getSolution().colValue : x1;
    return { optimal, status: status2, objective: first, x };
  } finally {
    model.dispose();
  }
}
