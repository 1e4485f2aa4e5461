import { EiInputError } from "./contract.ts";

/** The constraints an lphom-family programme adds to the plain transfer model. */
export interface LpStructure {
  /** Trailing origin rows that are new electors. */
  newRows: number;
  /** Trailing destination columns that are exits. */
  exitCols: number;
  /** When true, exits take the same share of every origin option that can exit. */
  uniform: boolean;
  /** User structural zeros, 0-based [row, col] of the final J×K matrix. */
  structuralZeros: readonly (readonly [number, number])[];
}

/**
 * All cells forced to zero: the user's structural zeros plus new electors × exits,
 * as lphom's `determinar_zeros_estructurales` (Pavía 2023). Returns a J·K mask,
 * row-major. Cost: O(J·K).
 */
export function zeroMask(J: number, K: number, s: LpStructure): Uint8Array {
  const mask = new Uint8Array(J * K);
  for (const [j, k] of s.structuralZeros) {
    if (!Number.isInteger(j) || !Number.isInteger(k) || j < 0 || j >= J || k < 0 || k >= K) {
      throw new EiInputError(`structuralZeros: cell [${j}, ${k}] is outside the ${J}×${K} matrix (0-based)`);
    }
    mask[j * K + k] = 1;
  }
  for (let j = J - s.newRows; j < J; j++) {
    for (let k = K - s.exitCols; k < K; k++) mask[j * K + k] = 1;
  }
  return mask;
}
