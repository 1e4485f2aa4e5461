import type { Highs } from "highs";
import { heteUnits } from "./hete.ts";
import type { LpStructure } from "./lp-structure.ts";
import { createUnitSolver, type UnitSolver } from "./lp-unit.ts";
import { type LphomGlobalOptions, solveLphomGlobal } from "./lphom.ts";

/** A tslphom / nslphom fit: aggregate of the unit tables, the unit tables, HETe. */
export interface UnitLevelFit {
  /** J×K row-standardised aggregate matrix of the unit tables. */
  p: number[][];
  /** J×K aggregate transfer counts Σ_i V_i. */
  votes: number[][];
  /** I×J×K unit transfer proportions. */
  unitP: number[][][];
  /** HETe of the unit tables (eq. 15 of Pavía & Romero 2024). */
  hete: number;
  /** HETe of the initial global lphom solution. */
  heteInit: number;
  /** Units whose local programme failed (kept at the global matrix). */
  failed: number[];
}

/** Unit vote tables V_ijk = x_ij · P_ijk. Cost: O(I·J·K). */
export function unitVotes(
  x: readonly (readonly number[])[],
  unitP: readonly (readonly (readonly number[])[])[],
) {
  return unitP.map((P, i) => P.map((row, j) => row.map((v) => v * x[i][j])));
}

/** Summarises unit tables into the aggregate matrix, counts and HETe. */
export function summariseUnits(
  x: readonly (readonly number[])[],
  unitP: number[][][],
): Pick<UnitLevelFit, "p" | "votes" | "hete"> {
  const h = heteUnits(unitVotes(x, unitP));
  return { p: h.prop, votes: h.votes, hete: h.het };
}

/**
 * tslphom, two-stage lphom (Pavía & Romero 2024, "Improving estimates accuracy of
 * voter transitions. Two new algorithms for ecological inference based on linear
 * programming", Sociological Methods & Research 53:1491): (1) the global lphom matrix;
 * (2) in each unit, the transfer matrix closest to it that reproduces the unit's
 * results exactly (see createUnitSolver); the estimate is the sum of the unit tables.
 * Assumes scenario-prepared tables. Cost: one global LP plus ⌈I/16⌉ batched unit LPs.
 */
export function solveTslphom(
  highs: Highs,
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  structure: LpStructure,
  options: LphomGlobalOptions = {},
  solver?: UnitSolver,
): UnitLevelFit {
  const global = solveLphomGlobal(highs, x, y, structure, options);
  const J = global.p.length;
  const K = global.p[0].length;
  const local = solver ?? createUnitSolver(highs, x, y, J, K, structure);
  try {
    const { tables, failed } = local.adjust(global.p);
    return { ...summariseUnits(x, tables), unitP: tables, heteInit: global.hete, failed };
  } finally {
    if (!solver) local.dispose();
  }
}
