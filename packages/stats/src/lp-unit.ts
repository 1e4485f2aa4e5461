import type { Highs } from "highs";
import { createLpBuilder, type LpProblem } from "./lp-model.ts";
import { type LpStructure, zeroMask } from "./lp-structure.ts";

/** Units per HiGHS model: independent blocks batched to amortise the per-call cost. */
const BATCH = 16;
/** Weight of the stage-2 (unweighted) distance relative to the unit size. */
const EPS = 1e-7;

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

interface Batch {
  units: number[];
  problem: LpProblem;
  /** Row index of the first target row (p + f⁺ − f⁻ = pg) of each unit. */
  targetRows: number[];
  model?: ReturnType<Highs["createModel"]>;
}

function buildBatch(
  units: number[],
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  J: number,
  K: number,
  mask: Uint8Array,
  s: LpStructure,
): Batch {
  const lp = createLpBuilder();
  const targetRows: number[] = [];
  let rows = 0;
  for (const i of units) {
    const xi = x[i];
    const yi = y[i];
    const eps =
      EPS *
      Math.max(
        1,
        xi.reduce((a, b) => a + b, 0),
      );
    const p0 = lp.addVars(J * K, 0);
    for (let c = 0; c < J * K; c++) if (mask[c]) lp.setBounds(p0 + c, 0, 0);
    if (s.uniform && s.exitCols > 0) {
      const canExit = J - s.newRows;
      let base = 0;
      for (let j = 0; j < canExit; j++) base += xi[j];
      for (let k = K - s.exitCols; k < K && base > 0; k++) {
        const pb = Math.min(1, yi[k] / base);
        for (let j = 0; j < canExit; j++) if (!mask[j * K + k]) lp.setBounds(p0 + j * K + k, pb, pb);
      }
    }
    const cells = (f: (c: number) => number, n: number) => Array.from({ length: n }, (_, c) => f(c));
    for (let j = 0; j < J; j++)
      lp.addEq(
        cells((k) => p0 + j * K + k, K),
        new Array<number>(K).fill(1),
        1,
      );
    for (let k = 0; k < K; k++)
      lp.addEq(
        cells((j) => p0 + j * K + k, J),
        xi,
        yi[k],
      );
    rows += J + K;
    targetRows.push(rows);
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        const f = lp.addVars(2, xi[j] + eps);
        lp.addEq([p0 + j * K + k, f, f + 1], [1, 1, -1], 0);
      }
    }
    rows += J * K;
  }
  return { units, problem: lp.build(), targetRows };
}

function modelData(p: LpProblem) {
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
 * The local step of tslphom and nslphom (Pavía & Romero 2024, Sociological Methods &
 * Research 53:1491; lphom's `lphom_local_abs`): for each unit i, the transfer matrix
 * P_i closest to the global matrix pg that reproduces the unit's destination counts
 * exactly. lphom solves two LPs: stage 1 minimises Σ_jk x_ij |P_ijk − pg_jk| subject
 * to Σ_k P_ijk = 1, Σ_j x_ij P_ijk = y_ik, structural zeros and (when `uniform`) the
 * unit's exit share fixed for every option that can exit; stage 2 picks, among the
 * stage-1 optima, the one with least Σ_jk |P_ijk − pg_jk|. Here both stages are one
 * programme with weights x_ij + ε (ε = 1e-7·unit size), lexicographically equivalent
 * up to a stage-1 loss below 2·J·ε votes.
 *
 * Units are batched 16 per HiGHS model (independent blocks). Models are kept, so that
 * a later call with another pg (nslphom's iterations) only changes right-hand sides
 * and HiGHS' dual simplex warm-starts from the previous basis (~7× faster). A failing
 * batch is rebuilt, then retried unit by unit. Assumes unit origin and destination
 * totals agree. Cost: first call ⌈I/16⌉ cold solves of 16·(J·K + J + K) rows; later
 * calls a few simplex iterations per unit. Empty units and failed units keep pg.
 */
export function createUnitSolver(
  highs: Highs,
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  J: number,
  K: number,
  structure: LpStructure,
): UnitSolver {
  const mask = zeroMask(J, K, structure);
  const todo: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i].reduce((a, b) => a + b, 0) > 0) todo.push(i);
  const batches: Batch[] = [];
  for (let s = 0; s < todo.length; s += BATCH)
    batches.push(buildBatch(todo.slice(s, s + BATCH), x, y, J, K, mask, structure));

  const run = (b: Batch, pg: readonly (readonly number[])[], fresh: boolean): Float64Array | undefined => {
    if (fresh || !b.model) {
      b.model?.dispose();
      b.model = highs.createModel(modelData(b.problem));
      b.model.options.set({ output_flag: false });
    }
    const idx: number[] = [];
    const val: number[] = [];
    for (const r0 of b.targetRows) {
      for (let c = 0; c < J * K; c++) {
        idx.push(r0 + c);
        val.push(pg[Math.floor(c / K)][c % K]);
      }
    }
    const v = Float64Array.from(val);
    b.model.changeRowsBounds({ kind: "set", indices: Int32Array.from(idx) }, v, v);
    b.model.run();
    if (b.model.getModelStatus() !== highs.constants.modelStatus.optimal) return undefined;
    return b.model.getSolution().colValue;
  };

  const read = (sol: Float64Array, block: number, pg: readonly (readonly number[])[]): number[][] => {
    const p0 = block * 3 * J * K;
    return Array.from({ length: J }, (_, j) => {
      const row = Array.from({ length: K }, (_, k) => Math.max(0, sol[p0 + j * K + k]));
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
        if (sol) {
          b.units.forEach((i, g) => {
            tables[i] = read(sol, g, pg);
          });
          continue;
        }
        for (const i of b.units) {
          const single = buildBatch([i], x, y, J, K, mask, structure);
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
