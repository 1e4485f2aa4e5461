import { type EiInput, EiInputError, type EiUnit } from "./contract.ts";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkLabels(v: unknown, field: "rows" | "cols"): string[] {
  if (!Array.isArray(v) || v.length === 0) {
    throw new EiInputError(`input.${field} must be a non-empty array of labels`);
  }
  return v.map((label, i) => {
    if (typeof label !== "string" || label.length === 0) {
      throw new EiInputError(`input.${field}[${i}] must be a non-empty string, got ${JSON.stringify(label)}`);
    }
    return label;
  });
}

function checkCounts(v: unknown, size: number, where: () => string, field: "rows" | "cols"): number[] {
  if (!Array.isArray(v)) throw new EiInputError(`${where()}: ${field} must be an array of ${size} counts`);
  if (v.length !== size) {
    throw new EiInputError(`${where()}: ${field} has ${v.length} counts, expected ${size}`);
  }
  const out = new Array<number>(size);
  for (let j = 0; j < size; j++) {
    const c: unknown = v[j];
    if (typeof c !== "number" || !Number.isFinite(c)) {
      throw new EiInputError(
        `${where()}: ${field}[${j}] is not a finite number (${JSON.stringify(c) ?? String(c)})`,
      );
    }
    if (c < 0) throw new EiInputError(`${where()}: ${field}[${j}] is negative (${c})`);
    out[j] = c;
  }
  return out;
}

/**
 * Validates untrusted input against the engine contract and returns it typed.
 *
 * Method: hand-written structural checks (packages/stats carries no schema library):
 * non-empty row and column labels, at least one unit, a string id per unit, each unit's
 * `rows` of length R and `cols` of length C, all counts finite and non-negative
 * (non-integer counts are allowed). Throws {@link EiInputError} whose message names the
 * unit id, its index and the field, e.g. `unit "29019_0004" (index 3): cols[2] is
 * negative (-5)`. Cost: O(units × (R + C)).
 */
export function validateInput(input: unknown): EiInput {
  if (!isRecord(input)) throw new EiInputError("input must be an object with rows, cols and units");
  const rows = checkLabels(input.rows, "rows");
  const cols = checkLabels(input.cols, "cols");
  const units = input.units;
  if (!Array.isArray(units) || units.length === 0) {
    throw new EiInputError("input.units must be a non-empty array of units");
  }
  const seen = new Set<string>();
  const out: EiUnit[] = units.map((u, index) => {
    if (!isRecord(u)) throw new EiInputError(`unit at index ${index} must be an object`);
    const id = typeof u.id === "number" ? String(u.id) : u.id;
    if (typeof id !== "string" || id.length === 0) {
      throw new EiInputError(`unit at index ${index}: id must be a non-empty string`);
    }
    const where = () => `unit ${JSON.stringify(id)} (index ${index})`;
    if (seen.has(id)) throw new EiInputError(`${where()}: id is a duplicate`);
    seen.add(id);
    const unit: EiUnit = {
      id,
      rows: checkCounts(u.rows, rows.length, where, "rows"),
      cols: checkCounts(u.cols, cols.length, where, "cols"),
    };
    if (u.covariate !== undefined) {
      if (typeof u.covariate !== "number" || !Number.isFinite(u.covariate)) {
        throw new EiInputError(`${where()}: covariate is not a finite number`);
      }
      unit.covariate = u.covariate;
    }
    return unit;
  });
  return { rows, cols, units: out };
}

/** How unit row and column totals that differ are handled. */
export type MarginMode = "error" | "scale-rows" | "scale-cols";

/** Output of {@link reconcileMargins}. */
export interface ReconcileResult {
  input: EiInput;
  /** Ids of the units whose margins were rescaled. */
  adjusted: string[];
  warnings: string[];
}

function sum(v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
}

/**
 * Makes each unit's row total equal its column total, as every method but lphom needs.
 *
 * Modes: "error" throws an {@link EiInputError} naming the first unit whose totals differ
 * by more than `tolerance` (relative); "scale-rows" rescales the row counts to the column
 * total; "scale-cols" rescales the columns to the row total. A unit whose side to be scaled
 * sums to 0 while the other does not cannot be reconciled and throws. Differences below
 * the tolerance are left as they are. Assumption: validated input. Cost: O(units × (R + C)).
 */
export function reconcileMargins(input: EiInput, mode: MarginMode, tolerance = 1e-9): ReconcileResult {
  const adjusted: string[] = [];
  const units = input.units.map((u, index) => {
    const rt = sum(u.rows);
    const ct = sum(u.cols);
    if (Math.abs(rt - ct) <= tolerance * Math.max(rt, ct, 1)) return u;
    const where = `unit ${JSON.stringify(u.id)} (index ${index})`;
    if (mode === "error") {
      throw new EiInputError(
        `${where}: rows total ${rt} differs from cols total ${ct} (use margins "scale-rows" or "scale-cols")`,
      );
    }
    const [from, to, field] = mode === "scale-rows" ? [rt, ct, "rows"] : [ct, rt, "cols"];
    if (from === 0) throw new EiInputError(`${where}: ${field} total is 0 and cannot be scaled to ${to}`);
    adjusted.push(u.id);
    const f = to / from;
    return mode === "scale-rows"
      ? { ...u, rows: u.rows.map((c) => c * f) }
      : { ...u, cols: u.cols.map((c) => c * f) };
  });
  const warnings =
    adjusted.length > 0
      ? [
          `${adjusted.length} unit(s) had row and column totals that differ; ${mode === "scale-rows" ? "rows" : "columns"} rescaled (first: ${adjusted.slice(0, 5).join(", ")})`,
        ]
      : [];
  return { input: { ...input, units }, adjusted, warnings };
}
