/**
 * The engine's input and output contract, shared by every method and by `terrain ei`.
 *
 * Rows are the origin (groups, or first-election choices), columns the destination.
 * Each unit (a bureau) gives its row margins and its column margins; counts may be
 * non-integer. For 2x2 methods the first row and column are those of interest.
 */
export interface EiUnit {
  id: string;
  rows: number[];
  cols: number[];
  /** Optional unit covariate (used by the covariate version of the MD model). */
  covariate?: number;
}

export interface EiInput {
  rows: string[];
  cols: string[];
  units: EiUnit[];
}

export type EiMethod = "bounds" | "goodman" | "king" | "md" | "lphom" | "tslphom" | "nslphom";

export interface EiUnitEstimate {
  id: string;
  estimate: number[][];
  lower: number[][];
  upper: number[][];
}

export interface EiDiagnostics {
  elapsedMs: number;
  warnings: string[];
  rhat?: number[][];
  ess?: number[][];
  acceptance?: number;
  hete?: number;
  [key: string]: unknown;
}

export interface EiOutput {
  method: EiMethod;
  rows: string[];
  cols: string[];
  /** R×C shares of each row going to each column; each row sums to 1. */
  estimate: number[][];
  /** R×C lower end of the 95% interval (the bounds for deterministic methods). */
  lower: number[][];
  upper: number[][];
  /** R×C estimated aggregate counts. */
  counts: number[][];
  units?: EiUnitEstimate[];
  diagnostics: EiDiagnostics;
}

/** Thrown for input the engine cannot use; the message names the unit and the field. */
export class EiInputError extends Error {
  override name = "EiInputError";
}
