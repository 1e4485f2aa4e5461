import type { Highs } from "highs";
import { createLpBuilder, type LpProblem } from "./lp-model.ts";
import { type LpStructure, zeroMask } from "./lp-structure.ts";

/** Units per HiGHS model: independent blocks batched to amortise the per-call cost. */
const BATCH = 16;
/** Above this many batches (6,400 units) models are not kept, to bound WebAssembly memory. */
const MAX_KEPT = 400;
/** Weight of the stage-2 (unweighted) distance relative to the unit size. */
const EPS = 1e-7;

/** Unit matrices from the local step, and the units whose programme failed. */
export interface UnitAdjustment {
  /** I×J×K unit transfer proportions (each row sums to 1). */
  tables: number[][][];
  /** Units whose programme failed (kept at the global matrix). */
  failed: number[];
}

/** A reusable local-step solver: keeps one HiGHS model per batch for warm starts. */
export interface UnitSolver {
  /** Unit matrices closest to pg (see createUnitSolver). */
  adjust(pg: readonly (readonly number[])[]): UnitAdjustment;
  /** Frees the HiGHS models (WebAssembly memory is not garbage-collected). */
  dispose(): void;
}

type Matrix = readonly (readonly number[])[];

interface Batch {
  units: number[];
  problem: LpProblem;
  model?: ReturnType<Highs["createModel"]>;
}

interface Ctx {
  x: Matrix;
  y: Matrix;
  J: number;
  K: number;
  mask: Uint8Array;
  s: LpStructure;
}

/**
 * Columns per unit: f⁺_jk, f⁻_jk (P = pg + f⁺ − f⁻), cost x_ij + ε each. Rows per unit:
 * J rows Σ_k (f⁺ − f⁻) = 0, then K rows Σ_j x_ij (f⁺ − f⁻) = y_ik − Σ_j x_ij pg_jk.
 */
function buildBatch(units: number[], c: Ctx): Batch {
  const { J, K } = c;
  const lp = createLpBuilder();
  for (const i of units) {
    const xi = c.x[i];
    const eps =
      EPS *
      Math.max(
        1,
        xi.reduce((a, b) => a + b, 0),
      );
    const f0 = lp.addVars(2 * J * K, 0);
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        lp.setCost(f0 + 2 * (j * K + k), xi[j] + eps);
        lp.setCost(f0 + 2 * (j * K + k) + 1, xi[j] + eps);
      }
    }
    const plus = (j: number, k: number) => f0 + 2 * (j * K + k);
    for (let j = 0; j < J; j++) {
      const idx: number[] = [];
      const val: number[] = [];
      for (let k = 0; k < K; k++) {
        idx.push(plus(j, k), plus(j, k) + 1);
        val.push(1, -1);
      }
      lp.addEq(idx, val, 0);
    }
    for (let k = 0; k < K; k++) {
      const idx: number[] = [];
      const val: number[] = [];
      for (let j = 0; j < J; j++) {
        idx.push(plus(j, k), plus(j, k) + 1);
        val.push(xi[j], -xi[j]);
      }
      lp.addEq(idx, val, 0);
    }
  }
  return { units, problem: lp.build() };
}

/** Bounds and right-hand sides of a batch for the global matrix pg. */
function boundsFor(b: Batch, c: Ctx, pg: Matrix) {
  const { J, K, mask, s } = c;
  const n = b.problem.numCols;
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const rhs = new Float64Array(b.problem.numRows);
  b.units.forEach((i, g) => {
    const xi = c.x[i];
    const yi = c.y[i];
    const f0 = g * 2 * J * K;
    const r0 = g * (J + K);
    const fixed = new Float64Array(J * K).fill(Number.NaN);
    for (let cell = 0; cell < J * K; cell++) if (mask[cell]) fixed[cell] = 0;
    if (s.uniform && s.exitCols > 0) {
      const canExit = J - s.newRows;
      let base = 0;
      for (let j = 0; j < canExit; j++) base += xi[j];
      for (let k = K - s.exitCols; k < K && base > 0; k++) {
        for (let j = 0; j < canExit; j++) if (!mask[j * K + k]) fixed[j * K + k] = Math.min(1, yi[k] / base);
      }
    }
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        const cell = j * K + k;
        const col = f0 + 2 * cell;
        const v = fixed[cell];
        if (Number.isNaN(v)) {
          colUpper[col + 1] = pg[j][k];
        } else {
          colLower[col] = colUpper[col] = Math.max(0, v - pg[j][k]);
          colLower[col + 1] = colUpper[col + 1] = Math.max(0, pg[j][k] - v);
        }
      }
    }
    for (let k = 0; k < K; k++) {
      let fit = 0;
      for (let j = 0; j < J; j++) fit += xi[j] * pg[j][k];
      rhs[r0 + J + k] = yi[k] - fit;
    }
  });
  return { colLower, colUpper, rhs };
}

/**
 * The local step of tslphom and nslphom (Pavía & Romero 2024, Sociological Methods &
 * Research 53:1491; lphom's `lphom_local_abs`): for each unit i, the transfer matrix
 * P_i closest to the global matrix pg that reproduces the unit's destination counts
 * exactly. lphom solves two LPs: stage 1 minimises Σ_jk x_ij |P_ijk − pg_jk| subject
 * to Σ_k P_ijk = 1, Σ_j x_ij P_ijk = y_ik, P ≥ 0, structural zeros and (when
 * `uniform`) the unit's exit share fixed for every option that can exit; stage 2
 * picks, among the stage-1 optima, the one with least Σ_jk |P_ijk − pg_jk|. Here both
 * stages are one programme with weights x_ij + ε (ε = 1e-7·unit size),
 * lexicographically equivalent up to a stage-1 loss below 2·J·ε votes, written in the
 * deviations P = pg + f⁺ − f⁻ (0 ≤ f⁻ ≤ pg) so that a unit has J + K rows only.
 *
 * Units are batched 16 per HiGHS model (independent blocks). Models are kept, so that
 * a later call with another pg (nslphom's iterations) only changes bounds and
 * right-hand sides and HiGHS' dual simplex warm-starts from the previous basis (up to
 * 400 batches; beyond, models are freed after each solve to bound memory). A
 * failing batch is rebuilt, then retried unit by unit. Assumes unit origin and
 * destination totals agree. Cost: first call ⌈I/16⌉ cold solves of 16·(J + K) rows and
 * 32·J·K columns; later calls a few simplex iterations per unit. Empty units and
 * failed units keep pg.
 */
export function createUnitSolver(
  highs: Highs,
  x: Matrix,
  y: Matrix,
  J: number,
  K: number,
  structure: LpStructure,
): UnitSolver {
  const ctx: Ctx = { x, y, J, K, mask: zeroMask(J, K, structure), s: structure };
  const todo: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i].reduce((a, b) => a + b, 0) > 0) todo.push(i);
  const batches: Batch[] = [];
  for (let s = 0; s < todo.length; s += BATCH) batches.push(buildBatch(todo.slice(s, s + BATCH), ctx));

  const run = (b: Batch, pg: Matrix, fresh: boolean): Float64Array | undefined => {
    const { colLower, colUpper, rhs } = boundsFor(b, ctx, pg);
    if (fresh || !b.model) {
      b.model?.dispose();
      const p = b.problem;
      b.model = highs.createModel({
        numCols: p.numCols,
        numRows: p.numRows,
        colCost: p.colCost,
        colLower,
        colUpper,
        rowLower: rhs,
        rowUpper: rhs,
        matrix: {
          format: "csr",
          numRows: p.numRows,
          numCols: p.numCols,
          starts: p.starts,
          indices: p.indices,
          values: p.values,
        },
      });
      b.model.options.set({ output_flag: false });
    } else {
      b.model.changeColsBounds({ kind: "range", from: 0, to: b.problem.numCols - 1 }, colLower, colUpper);
      b.model.changeRowsBounds({ kind: "range", from: 0, to: b.problem.numRows - 1 }, rhs, rhs);
    }
    b.model.run();
    if (b.model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    return b.model.getSolution().colValue;
  };

  const read = (sol: Float64Array, block: number, pg: Matrix): number[][] => {
    const f0 = block * 2 * J * K;
    return Array.from({ length: J }, (_, j) => {
      const row = Array.from({ length: K }, (_, k) => {
        const col = f0 + 2 * (j * K + k);
        return Math.max(0, pg[j][k] + sol[col] - sol[col + 1]);
      });
      const s = row.reduce((a, b) => a + b, 0);
      return s > 0 ? row.map((v) => v / s) : [...pg[j]];
    });
  };

  return {
    adjust(pg) {
      const tables: number[][][] = x.map(() => pg.map((r) => [...r]));
      const failed: number[] = [];
      for (const b of batches) {
        const sol = run(b, pg, false) ?? run(b, pg, true);
        if (batches.length > MAX_KEPT) {
          b.model?.dispose();
          b.model = undefined;
        }
        if (sol) {
          b.units.forEach((i, g) => {
            tables[i] = read(sol, g, pg);
          });
          continue;
        }
        for (const i of b.units) {
          const single = buildBatch([i], ctx);
          const one = run(single, pg, true);
          single.model?.dispose();
          if (one) tables[i] = read(one, 0, pg);
          else failed.push(i);
        }
      }
      return { tables, failed };
    },
    dispose() {
      for (const b of batches) b.model?.dispose();
      batches.length = 0;
    },
  };
}
