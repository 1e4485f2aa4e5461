import type { EiInput } from "./contract.ts";
import { goodmanRegression } from "./goodman.ts";

/** A cell whose Goodman coefficient is significantly outside [0, 1]. */
export interface BiasedCell {
  row: string;
  col: string;
  estimate: number;
  lower: number;
  upper: number;
}

/** Output of {@link aggregationBiasCheck}: the flagged cells, the worst first. */
export interface AggregationBiasCheck {
  cells: BiasedCell[];
  /** One-sided level of each cell's test. */
  level: number;
}

/**
 * Detects aggregation bias: transfer (or group) rates that vary with the units' composition.
 *
 * Method: King (1997), "A Solution to the Ecological Inference Problem", ch. 3 and 4: under
 * constancy, Goodman's regression of column shares on row shares is unbiased, so its
 * coefficients lie in [0, 1]; a coefficient whose interval lies entirely outside [0, 1] is
 * the classic symptom of rates correlated with the row shares (e.g. abstainers staying home
 * more often where they are numerous). Size-weighted Goodman (goodman.ts); a cell is flagged
 * when its one-sided test rejects at `level` (0.99: the two-sided interval at 0.98 misses
 * [0, 1]). Only cells whose true share sits at 0 or 1 can raise a false alarm, each with
 * probability at most 1 − level; simulated constant-rate tables raise one in under 10 % of
 * data sets (aggregation-bias.test.ts). It is a warning, not a proof: it can miss a bias
 * that keeps every coefficient inside [0, 1]. What it means for the other methods: lphom, MD and King
 * rest on the same units and cannot see the bias either; their intervals are conditional on
 * the model and then too narrow. Needs more units than rows. Cost: one Goodman fit,
 * O(K·R·(R + C) + R³).
 */
export function aggregationBiasCheck(input: EiInput, level = 0.99): AggregationBiasCheck {
  const cellCount = input.rows.length * input.cols.length;
  if (input.units.length <= input.rows.length + 1 || cellCount === 0) return { cells: [], level };
  let g: ReturnType<typeof goodmanRegression>;
  try {
    g = goodmanRegression(input, { weighted: true, level: 1 - 2 * (1 - level) });
  } catch {
    return { cells: [], level }; // collinear row shares: nothing can be said
  }
  const cells: BiasedCell[] = [];
  input.rows.forEach((row, i) => {
    input.cols.forEach((col, j) => {
      const lower = g.lower[i][j];
      const upper = g.upper[i][j];
      if (!Number.isFinite(lower) || !Number.isFinite(upper)) return;
      if (lower > 1 || upper < 0) cells.push({ row, col, estimate: g.estimate[i][j], lower, upper });
    });
  });
  const excess = (c: BiasedCell) => (c.lower > 1 ? c.lower - 1 : -c.upper);
  cells.sort((a, b) => excess(b) - excess(a));
  return { cells, level };
}

/** The English warning of a check with flagged cells (warning-codes.ts parses it), or null. */
export function aggregationBiasWarning(check: AggregationBiasCheck): string | null {
  const worst = check.cells[0];
  if (!worst) return null;
  return `aggregation bias likely: ${check.cells.length} Goodman coefficient(s) significantly outside [0, 1] (worst ${worst.row}→${worst.col} = ${(100 * worst.estimate).toFixed(1)} %); rates vary with the units' composition and intervals are too narrow`;
}
