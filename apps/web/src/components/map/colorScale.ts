/**
 * A colour-blind-safe sequential scale for choropleths: five classes of the viridis palette,
 * light yellow for the lowest values to dark purple for the highest ("more" reads darker on a
 * light background). Viridis is perceptually uniform and readable with the common colour
 * vision deficiencies (van der Walt & Smith, matplotlib, 2015).
 */
export const SEQUENTIAL = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;

/** The colour of bureaux without a value (no data said by a neutral grey and hatching in the table). */
export const NO_DATA = "#c8c8c8";

/** Text colour readable on each class (black on the light classes, white on the dark ones). */
export const ON_SEQUENTIAL = ["#000000", "#000000", "#ffffff", "#ffffff", "#ffffff"] as const;

export interface Classes {
  /** Upper bounds of the first n-1 classes, ascending; the last class runs to the maximum. */
  breaks: number[];
  min: number;
  max: number;
}

/**
 * Equal-interval classes between the smallest and largest finite values (so a legend reads
 * as round steps of the same width). Returns null when there is no finite value.
 */
export function equalIntervals(values: readonly (number | null)[], n = SEQUENTIAL.length): Classes | null {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return null;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const step = (max - min) / n;
  const breaks = Array.from({ length: n - 1 }, (_, k) => min + step * (k + 1));
  return { breaks, min, max };
}

/** The index of the class a value falls in (0 … breaks.length), or -1 for no value. */
export function classOf(value: number | null, classes: Classes | null): number {
  if (value === null || !Number.isFinite(value) || !classes) return -1;
  const k = classes.breaks.findIndex((b) => value < b);
  return k === -1 ? classes.breaks.length : k;
}

/** The fill colour of a value. */
export function colorOf(value: number | null, classes: Classes | null): string {
  const k = classOf(value, classes);
  return k < 0 ? NO_DATA : SEQUENTIAL[Math.min(k, SEQUENTIAL.length - 1)];
}
