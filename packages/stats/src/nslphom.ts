import type { Highs } from "highs";
import type { LpStructure } from "./lp-structure.ts";
import { createUnitSolver } from "./lp-unit.ts";
import { type LphomGlobalOptions, solveLphomGlobal } from "./lphom.ts";
import { summariseUnits, type UnitLevelFit } from "./tslphom.ts";

/** nslphom options: lphom's iter.max and tol, plus an iteration callback. */
export interface NslphomOptions extends LphomGlobalOptions {
  /** Maximum number of iterations (lphom default 10). */
  iterMax?: number;
  /** Stop when no cell of the matrix moves more than this (lphom default 1e-5). */
  tol?: number;
  /** Called after each iteration with (iteration, iterMax). */
  onIteration?: (iteration: number, iterMax: number) => void;
}

/** An nslphom fit with its iteration history. */
export interface NslphomFit extends UnitLevelFit {
  /** Number of iterations performed. */
  iterations: number;
  /** The selected iteration (least HETe). */
  selected: number;
  /** HETe of the initial lphom solution and of every iteration. */
  heteSequence: number[];
}

/**
 * nslphom, iterated lphom (Pavía & Romero 2024, Sociological Methods & Research
 * 53:1491; lphom::nslphom with burnin 0, min.first FALSE): starting from the global
 * lphom matrix, repeat the tslphom local step (unit matrices closest to the current
 * global matrix that reproduce each unit exactly), replace the global matrix by the
 * row-standardised sum of the unit tables, until no cell moves more than `tol` or
 * `iterMax` iterations; return the iteration with the least HETe. Assumes
 * scenario-prepared tables. Cost: one global LP plus iterMax passes of ⌈I/16⌉
 * batched unit LPs, the later ones warm-started.
 */
export function solveNslphom(
  highs: Highs,
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  structure: LpStructure,
  options: NslphomOptions = {},
): NslphomFit {
  const iterMax = options.iterMax ?? 10;
  const tol = options.tol ?? 1e-5;
  const global = solveLphomGlobal(highs, x, y, structure, options);
  const J = global.p.length;
  const K = global.p[0].length;
  const solver = createUnitSolver(highs, x, y, J, K, structure);
  try {
    let current = global.p;
    const heteSequence = [global.hete];
    let best: (UnitLevelFit & { iteration: number }) | undefined;
    let iteration = 0;
    let moved = Number.POSITIVE_INFINITY;
    while (iteration < iterMax && moved > tol) {
      const { tables, failed } = solver.adjust(current);
      const fit = summariseUnits(x, tables);
      iteration++;
      moved = 0;
      for (let j = 0; j < J; j++)
        for (let k = 0; k < K; k++) moved = Math.max(moved, Math.abs(fit.p[j][k] - current[j][k]));
      heteSequence.push(fit.hete);
      if (!best || fit.hete < best.hete) {
        best = { ...fit, unitP: tables, heteInit: global.hete, failed, iteration };
      }
      current = fit.p;
      options.onIteration?.(iteration, iterMax);
    }
    if (!best) throw new Error("nslphom: iterMax must be at least 1");
    const { iteration: selected, ...fit } = best;
    return { ...fit, iterations: iteration, selected, heteSequence };
  } finally {
    solver.dispose();
  }
}
