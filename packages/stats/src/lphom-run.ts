import { computeBounds } from "./bounds.ts";
import type { EiInput, EiOutput, EiUnitEstimate } from "./contract.ts";
import { EiInputError } from "./contract.ts";
import { getHighs } from "./lp-solve.ts";
import { type LpStructure, zeroMask } from "./lp-structure.ts";
import { solveLphomGlobal } from "./lphom.ts";
import { type NewAndExit, prepareNewAndExit } from "./new-and-exit.ts";
import { type NslphomFit, solveNslphom } from "./nslphom.ts";
import { solveTslphom, type UnitLevelFit } from "./tslphom.ts";
import { validateInput } from "./validate-input.ts";

/** Options of {@link runLphomFamily} (lphom's arguments, in camelCase). */
export interface LphomOptions {
  /** lphom's `new_and_exit_voters` (default "raw", as lphom). */
  newAndExit?: NewAndExit;
  /** A-priori transfer proportions, rows × cols of the input (NaN = unknown). */
  apriori?: number[][];
  /** Weight of the a-priori matrix in [0, 1] (default 0.5). */
  lambda?: number;
  /** Forbidden transfers, 0-based [row, col] (NET_ENTRIES / NET_EXITS come last). */
  structuralZeros?: [number, number][];
  /** Exits take the same share of every option that can exit (default true). */
  uniform?: boolean;
  /** Return per unit estimates. */
  units?: boolean;
  /** nslphom: maximum iterations (default 10) and convergence tolerance (1e-5). */
  iterMax?: number;
  tol?: number;
  /** Progress in [0, 1]. */
  onProgress?: (fraction: number) => void;
}

const OPTION_KEYS = new Set(["newAndExit", "apriori", "lambda", "structuralZeros", "uniform", "units"]);
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/**
 * Runs lphom, tslphom or nslphom (Romero, Pavía, Martín & Romero 2020, J. Applied
 * Statistics 47:2711; Pavía & Romero 2024, Sociological Methods & Research 53:1491;
 * Pavía 2023, SN Social Sciences 3:75) on the engine's input and returns its output.
 *
 * - `estimate`: the row-standardised transfer matrix (lphom: the global LP matrix;
 *   tslphom/nslphom: the sum of the unit tables). When the scenario computes net
 *   entries or exits, `rows` / `cols` gain a NET_ENTRIES row / NET_EXITS column (as
 *   lphom's VTM.complete). Rows without any vote get the destination shares (warned).
 * - `counts`: estimated transfer counts. `lower` / `upper`: the Duncan–Davis aggregate
 *   bounds of the scenario-prepared tables (structural zeros [0, 0]); these are
 *   deterministic bounds, not a sampling interval. The lphom global matrix need not fit
 *   each unit, so it can fall outside them: such cells are counted in the warnings.
 * - `units` (option): tslphom/nslphom unit matrices; for lphom the global matrix (the
 *   homogeneity hypothesis); with unit Duncan–Davis bounds.
 * - `diagnostics.hete`: HETe; also heteInit (lphom's), iterations, newAndExit, netEntries,
 *   netExits.
 *
 * Assumptions: those of lphom (one transfer matrix for all units, up to the L1 misfit).
 * Cost: one LP with J + K + I·K variables (lphom), plus batched unit LPs (tslphom) per
 * iteration (nslphom); 1,000 units × 10 × 8 take well under a second for lphom once
 * HiGHS is warm. Deterministic (no randomness).
 */
export async function runLphomFamily(
  input: EiInput,
  method: "lphom" | "tslphom" | "nslphom",
  options: LphomOptions = {},
): Promise<EiOutput> {
  const started = performance.now();
  const valid = validateInput(input);
  const scenario = options.newAndExit ?? "raw";
  const ids = valid.units.map((u) => u.id);
  const prep = prepareNewAndExit(
    valid.rows,
    valid.cols,
    valid.units.map((u) => u.rows),
    valid.units.map((u) => u.cols),
    scenario,
    ids,
  );
  const { x, y, rowLabels, colLabels } = prep;
  const J = rowLabels.length;
  const K = colLabels.length;
  const structure: LpStructure = {
    newRows: prep.newRows,
    exitCols: prep.exitCols,
    uniform: options.uniform ?? true,
    structuralZeros: options.structuralZeros ?? [],
  };
  if (options.apriori && (options.apriori.length > J || options.apriori.some((r) => r.length > K))) {
    throw new EiInputError(`apriori: at most ${J} rows of ${K} values`);
  }
  const mask = zeroMask(J, K, structure);
  const warnings = [...prep.warnings];
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key) && !["iterMax", "tol", "onProgress", "seed"].includes(key)) {
      warnings.push(`option "${key}" is not used by ${method}`);
    }
  }
  const highs = await getHighs();
  options.onProgress?.(0);
  const global = { apriori: options.apriori, lambda: options.lambda };
  const extra: Record<string, unknown> = {};
  let p: number[][];
  let hete: number;
  let unitP: number[][][] | undefined;
  let counts: number[][];
  if (method === "lphom") {
    const g = solveLphomGlobal(highs, x, y, structure, global);
    p = g.p;
    hete = g.hete;
    const xt = rowLabels.map((_, j) => sum(x.map((r) => r[j])));
    counts = p.map((row, j) => row.map((v) => v * xt[j]));
  } else {
    const ns: NslphomFit | undefined =
      method === "nslphom"
        ? solveNslphom(highs, x, y, structure, {
            ...global,
            iterMax: options.iterMax,
            tol: options.tol,
            onIteration: (it, max) => options.onProgress?.(it / max),
          })
        : undefined;
    const fit: UnitLevelFit = ns ?? solveTslphom(highs, x, y, structure, global);
    p = fit.p;
    hete = fit.hete;
    unitP = fit.unitP;
    counts = fit.votes;
    extra.heteInit = fit.heteInit;
    if (fit.failed.length > 0)
      warnings.push(`${fit.failed.length} unit programme(s) failed; kept the global matrix`);
    if (ns) {
      extra.iterations = ns.iterations;
      extra.selectedIteration = ns.selected;
      extra.heteSequence = ns.heteSequence;
    }
  }
  const yt = colLabels.map((_, k) => sum(y.map((r) => r[k])));
  p = p.map((row, j) => {
    if (sum(x.map((r) => r[j])) > 0) return row;
    warnings.push(`row "${rowLabels[j]}" has no votes: its estimate is the destination shares`);
    const shares = yt.map((v, k) => (mask[j * K + k] ? 0 : v));
    const s = sum(shares);
    return s > 0 ? shares.map((v) => v / s) : row;
  });
  const bounds = computeBounds({
    rows: rowLabels,
    cols: colLabels,
    units: x.map((r, i) => ({ id: ids[i], rows: r, cols: y[i] })),
  });
  const masked = (m: number[][]) => m.map((row, j) => row.map((v, k) => (mask[j * K + k] ? 0 : v)));
  const lower = masked(bounds.lower);
  const upper = masked(bounds.upper);
  let outside = 0;
  for (let j = 0; j < J; j++) {
    for (let k = 0; k < K; k++) if (p[j][k] < lower[j][k] - 1e-9 || p[j][k] > upper[j][k] + 1e-9) outside++;
  }
  if (outside > 0) warnings.push(`${outside} cell(s) of the estimate lie outside the Duncan–Davis bounds`);
  let units: EiUnitEstimate[] | undefined;
  if (options.units) {
    units = ids.map((id, i) => ({
      id,
      estimate: unitP ? unitP[i] : p.map((r) => [...r]),
      lower: masked(bounds.units[i].lower),
      upper: masked(bounds.units[i].upper),
    }));
  }
  options.onProgress?.(1);
  return {
    method,
    rows: rowLabels,
    cols: colLabels,
    estimate: p,
    lower,
    upper,
    counts,
    ...(units ? { units } : {}),
    diagnostics: {
      elapsedMs: performance.now() - started,
      warnings,
      hete,
      newAndExit: scenario,
      netEntries: prep.netEntries,
      netExits: prep.netExits,
      solver: "HiGHS (highs npm, WebAssembly)",
      ...extra,
    },
  };
}
