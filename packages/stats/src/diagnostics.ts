import type { EiInput } from "./contract.ts";

/** Output of {@link dataDiagnostics}: accounting problems found in the input. */
export interface DataDiagnostics {
  /** Units whose rows and columns all sum to 0. */
  emptyUnits: string[];
  /** Units whose row total differs from the column total (relative tolerance). */
  unequalTotals: string[];
  /** Row labels whose aggregate total is 0 (nothing can be estimated for them). */
  zeroRows: string[];
  /** Column labels whose aggregate total is 0. */
  zeroCols: string[];
  /** Human-readable summary of the above, one line per problem. */
  warnings: string[];
}

/**
 * Data sanity diagnostics run before any estimation.
 *
 * Method: plain accounting checks — empty units, units whose row and column totals differ
 * by more than `tolerance` (relative), rows and columns empty in aggregate. No statistical
 * model. Assumption: validated input. Cost: O(units × (R + C)).
 */
export function dataDiagnostics(input: EiInput, tolerance = 1e-9): DataDiagnostics {
  const emptyUnits: string[] = [];
  const unequalTotals: string[] = [];
  const rowSum = new Array<number>(input.rows.length).fill(0);
  const colSum = new Array<number>(input.cols.length).fill(0);
  for (const u of input.units) {
    let rt = 0;
    let ct = 0;
    for (let i = 0; i < u.rows.length; i++) {
      rt += u.rows[i];
      rowSum[i] += u.rows[i];
    }
    for (let j = 0; j < u.cols.length; j++) {
      ct += u.cols[j];
      colSum[j] += u.cols[j];
    }
    if (rt === 0 && ct === 0) emptyUnits.push(u.id);
    else if (Math.abs(rt - ct) > tolerance * Math.max(rt, ct)) unequalTotals.push(u.id);
  }
  const zeroRows = input.rows.filter((_, i) => rowSum[i] === 0);
  const zeroCols = input.cols.filter((_, j) => colSum[j] === 0);
  const warnings: string[] = [];
  const list = (ids: string[]) => ids.slice(0, 5).join(", ") + (ids.length > 5 ? ", …" : "");
  if (emptyUnits.length) warnings.push(`${emptyUnits.length} empty unit(s): ${list(emptyUnits)}`);
  if (unequalTotals.length) {
    warnings.push(`${unequalTotals.length} unit(s) with row total ≠ column total: ${list(unequalTotals)}`);
  }
  if (zeroRows.length) warnings.push(`row(s) with zero total: ${zeroRows.join(", ")}`);
  if (zeroCols.length) warnings.push(`column(s) with zero total: ${zeroCols.join(", ")}`);
  return { emptyUnits, unequalTotals, zeroRows, zeroCols, warnings };
}
