import { EiInputError } from "./contract.ts";

/**
 * The register-change scenarios of lphom's `new_and_exit_voters` argument
 * (Romero, Pavía, Martín & Romero 2020, §3; Pavía 2023, SN Social Sciences 3:75).
 */
export type NewAndExit =
  | "raw"
  | "regular"
  | "ordinary"
  | "enriched"
  | "adjust1"
  | "adjust2"
  | "simultaneous"
  | "semifull"
  | "full"
  | "fullreverse"
  | "gold";

/** Every accepted `newAndExit` value, in lphom's order. */
export const NEW_AND_EXIT_OPTIONS: readonly NewAndExit[] = [
  "raw",
  "regular",
  "ordinary",
  "enriched",
  "adjust1",
  "adjust2",
  "simultaneous",
  "semifull",
  "full",
  "fullreverse",
  "gold",
];

/** The tables an lphom programme is written on, once the scenario is applied. */
export interface PreparedTables {
  /** I×J origin counts (with a trailing NET_ENTRIES column when computed). */
  x: number[][];
  /** I×K destination counts (with a trailing NET_EXITS column when computed). */
  y: number[][];
  rowLabels: string[];
  colLabels: string[];
  /** Number of trailing origin rows that are new electors (they cannot exit). */
  newRows: number;
  /** Number of trailing destination columns that are exits from the register. */
  exitCols: number;
  /** Share of the origin total that is computed net entries (0 when none). */
  netEntries: number;
  /** Share of the origin total that is computed net exits (0 when none). */
  netExits: number;
  warnings: string[];
}

const SAME_TOTALS: readonly NewAndExit[] = ["simultaneous", "semifull", "full", "fullreverse", "gold"];

const sum = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);

function scaleRow(v: readonly number[], target: number): number[] {
  const s = sum(v);
  return s > 0 ? v.map((a) => (a * target) / s) : v.map(() => 0);
}

/** Declared number of new-elector rows and exit columns (before computed net ones). */
function declared(scenario: NewAndExit): [number, number] {
  switch (scenario) {
    case "regular":
    case "semifull":
      return [1, scenario === "semifull" ? 1 : 0];
    case "ordinary":
      return [0, 1];
    case "enriched":
    case "gold":
      return [scenario === "gold" ? 2 : 1, scenario === "gold" ? 2 : 1];
    case "full":
      return [2, 1];
    case "fullreverse":
      return [1, 2];
    default:
      return [0, 0];
  }
}

/**
 * Applies an lphom `new_and_exit_voters` scenario to the unit margins.
 *
 * - `adjust1` / `adjust2`: each unit's origin (resp. destination) counts are scaled
 *   proportionally to the other election's unit total, then `simultaneous` applies.
 * - `simultaneous`, `semifull`, `full`, `fullreverse`, `gold`: unit totals must agree
 *   (to rounding; a sub-vote gap is absorbed by scaling the destination, with a warning).
 * - `raw`, `regular`, `ordinary`, `enriched`: the unit difference d = Σy − Σx gives a
 *   NET_ENTRIES origin column (d > 0) and a NET_EXITS destination column (d < 0),
 *   equation (7) of Romero et al. (2020).
 *
 * The result names which trailing rows are new electors and which trailing columns
 * are exits: the programme then forbids new electors to exit (structural zeros) and,
 * when `uniform`, makes exits hit every other origin option in the same proportion
 * (constraints (6)–(15) of Pavía 2023). Cost: O(I·(J+K)).
 */
export function prepareNewAndExit(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  x0: readonly (readonly number[])[],
  y0: readonly (readonly number[])[],
  scenario: NewAndExit,
  unitIds?: readonly string[],
): PreparedTables {
  if (!NEW_AND_EXIT_OPTIONS.includes(scenario)) {
    throw new EiInputError(
      `newAndExit: unknown scenario "${scenario}" (allowed: ${NEW_AND_EXIT_OPTIONS.join(", ")})`,
    );
  }
  const warnings: string[] = [];
  let x = x0.map((r) => [...r]);
  let y = y0.map((r) => [...r]);
  const unitName = (i: number) =>
    unitIds ? `unit ${JSON.stringify(unitIds[i])} (index ${i})` : `unit at index ${i}`;
  if (scenario === "adjust1") x = x.map((r, i) => scaleRow(r, sum(y[i])));
  if (scenario === "adjust2") y = y.map((r, i) => scaleRow(r, sum(x[i])));
  let [newRows, exitCols] = declared(scenario);
  const rows = [...rowLabels];
  const cols = [...colLabels];
  const total = x.reduce((a, r) => a + sum(r), 0);
  let netEntries = 0;
  let netExits = 0;
  if (SAME_TOTALS.includes(scenario) || scenario.startsWith("adjust")) {
    let rescaled = 0;
    y = y.map((r, i) => {
      const sx = sum(x[i]);
      const gap = Math.abs(sum(r) - sx);
      if (gap <= 1e-9 * Math.max(1, sx)) return r;
      if (gap > 0.5 + 1e-9 * sx) {
        throw new EiInputError(
          `${unitName(i)}: rows total ${sx} and cols total ${sum(r)} differ, not allowed in the "${scenario}" scenario`,
        );
      }
      rescaled++;
      return scaleRow(r, sx);
    });
    if (rescaled > 0)
      warnings.push(`${rescaled} unit(s) had sub-vote total gaps; destination counts rescaled`);
    if (scenario === "semifull" || scenario === "full" || scenario === "fullreverse" || scenario === "gold") {
      const need = newRows > 0 && exitCols > 0;
      if (need && (rows.length < newRows + 1 || cols.length < exitCols + 1)) {
        throw new EiInputError(
          `newAndExit: "${scenario}" needs at least ${newRows + 1} rows and ${exitCols + 1} cols`,
        );
      }
    }
  } else {
    const d = y.map((r, i) => sum(r) - sum(x[i]));
    const tol = (i: number) => 1e-9 * Math.max(1, sum(x[i]));
    const entries = d.map((v, i) => (v > tol(i) ? v : 0));
    const exits = d.map((v, i) => (v < -tol(i) ? -v : 0));
    const hasEntries = entries.some((v) => v > 0);
    const hasExits = exits.some((v) => v > 0);
    // Units within tolerance are made exact so that the aggregate constraint holds.
    y = y.map((r, i) => (entries[i] === 0 && exits[i] === 0 ? scaleRow(r, sum(x[i])) : r));
    if (hasEntries) {
      x = x.map((r, i) => [...r, entries[i]]);
      rows.push("NET_ENTRIES");
      netEntries = sum(entries) / total;
    }
    if (hasExits) {
      y = y.map((r, i) => [...r, exits[i]]);
      cols.push("NET_EXITS");
      netExits = sum(exits) / total;
    }
    if (scenario === "raw") {
      newRows = hasEntries ? 1 : 0;
      exitCols = hasExits ? 1 : 0;
    } else {
      newRows += hasEntries ? 1 : 0;
      exitCols += hasExits ? 1 : 0;
    }
    if (hasEntries || hasExits) {
      warnings.push(
        `unit totals differ between elections: NET_ENTRIES ${(100 * netEntries).toFixed(4)}%, NET_EXITS ${(100 * netExits).toFixed(4)}% of the origin total`,
      );
    }
  }
  if (newRows >= rows.length && exitCols > 0) {
    throw new EiInputError(`newAndExit: "${scenario}" leaves no origin option that can exit`);
  }
  return { x, y, rowLabels: rows, colLabels: cols, newRows, exitCols, netEntries, netExits, warnings };
}
