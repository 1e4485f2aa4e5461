import { type EiInput, EiInputError } from "./contract.ts";

/**
 * The margins of an RxC problem laid out for the multinomial-Dirichlet sampler:
 * unit-major flat arrays, as eiPack's BayesMDei prepares them (XX = row fractions,
 * TT = column counts, RR = row counts).
 */
export interface MdData {
  /** Number of units kept (units with a zero total are dropped). */
  n: number;
  R: number;
  C: number;
  /** Row fractions X[i*R + r] (each unit's rows sum to 1). */
  X: Float64Array;
  /** Column counts T[i*C + c]. */
  T: Float64Array;
  /** Row counts N[i*R + r]. */
  N: Float64Array;
  /** Unit covariate Z[i] (zero when absent). */
  Z: Float64Array;
  /** Indices in the input of the kept units. */
  kept: number[];
  warnings: string[];
}

/**
 * Lays out an EiInput for the MD sampler. Minimal checks (shape, finite non-negative
 * counts, at least one unit); units with a zero total are dropped with a warning; units
 * whose row and column totals differ by more than 0.5% are kept (the likelihood only
 * uses row fractions and column counts) and reported. Cost: O(n·(R+C)).
 */
export function prepareMdData(input: EiInput, needCovariate = false): MdData {
  const R = input.rows.length;
  const C = input.cols.length;
  if (R < 1 || C < 2) throw new EiInputError("md needs at least 1 row and 2 columns");
  if (input.units.length === 0) throw new EiInputError("units: no units");
  const kept: number[] = [];
  const warnings: string[] = [];
  let mismatched = 0;
  input.units.forEach((u, i) => {
    const label = `unit ${u.id ?? i}`;
    if (!Array.isArray(u.rows) || u.rows.length !== R)
      throw new EiInputError(`${label}: rows must have ${R} counts`);
    if (!Array.isArray(u.cols) || u.cols.length !== C)
      throw new EiInputError(`${label}: cols must have ${C} counts`);
    for (const [field, arr] of [
      ["rows", u.rows],
      ["cols", u.cols],
    ] as const) {
      arr.forEach((v, k) => {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
          throw new EiInputError(`${label}: ${field}[${k}] must be a finite non-negative number`);
        }
      });
    }
    if (needCovariate && (typeof u.covariate !== "number" || !Number.isFinite(u.covariate))) {
      throw new EiInputError(`${label}: covariate must be a finite number`);
    }
    const rt = sum(u.rows);
    const ct = sum(u.cols);
    if (rt <= 0 || ct <= 0) return;
    if (Math.abs(rt - ct) > 0.005 * Math.max(rt, ct)) mismatched++;
    kept.push(i);
  });
  if (kept.length === 0) throw new EiInputError("units: every unit has a zero total");
  const dropped = input.units.length - kept.length;
  if (dropped > 0) warnings.push(`${dropped} unit(s) with a zero total were left out`);
  if (mismatched > 0)
    warnings.push(`${mismatched} unit(s) have row and column totals that differ by more than 0.5%`);
  const n = kept.length;
  const X = new Float64Array(n * R);
  const T = new Float64Array(n * C);
  const N = new Float64Array(n * R);
  const Z = new Float64Array(n);
  kept.forEach((src, i) => {
    const u = input.units[src];
    const rt = sum(u.rows);
    for (let r = 0; r < R; r++) {
      N[i * R + r] = u.rows[r];
      X[i * R + r] = u.rows[r] / rt;
    }
    for (let c = 0; c < C; c++) T[i * C + c] = u.cols[c];
    Z[i] = u.covariate ?? 0;
  });
  return { n, R, C, X, T, N, Z, kept, warnings };
}

function sum(a: number[]): number {
  let s = 0;
  for (const v of a) s += v;
  return s;
}
