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

/** Result of one HiGHS solve: status, objective value and the primal values. */
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
