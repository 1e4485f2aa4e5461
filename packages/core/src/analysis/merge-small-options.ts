import type { EiInput } from "@terrain/stats";

/** Label of the merged small lists and of blank + null votes. */
export const OTHER_LISTS = "Autres listes";
export const BLANK_AND_NULL = "Blancs et nuls";

export interface MergedInput {
  input: EiInput;
  /** For each new row / col label, the original labels it sums. */
  rowGroups: Record<string, string[]>;
  colGroups: Record<string, string[]>;
}

function mergeSide(
  labels: readonly string[],
  totals: readonly number[],
  minShare: number,
  keep: ReadonlySet<string>,
): { labels: string[]; groups: Record<string, string[]>; target: number[] } {
  const all = totals.reduce((a, b) => a + b, 0);
  const target: number[] = [];
  const out: string[] = [];
  const groups: Record<string, string[]> = {};
  const place = (name: string, original: string) => {
    let k = out.indexOf(name);
    if (k < 0) {
      k = out.push(name) - 1;
      groups[name] = [];
    }
    groups[name].push(original);
    target.push(k);
  };
  labels.forEach((l, i) => {
    if (l === "Blancs" || l === "Nuls") place(BLANK_AND_NULL, l);
    else if (l === "Abstentions" || keep.has(l) || totals[i] >= minShare * all) place(l, l);
    else place(OTHER_LISTS, l);
  });
  return { labels: out, groups, target };
}

/**
 * Makes a transfer table estimable and readable: blank and null votes become one option,
 * lists under `minShare` of the votes of their election (never our side's) become
 * "Autres listes". Ecological inference cannot tell apart small rows (their shares are
 * weakly identified and slow the MD sampler's mixing), which is why analysts merge them.
 */
export function mergeSmallOptions(input: EiInput, keep: ReadonlySet<string>, minShare = 0.04): MergedInput {
  const rowTotals = input.rows.map((_, r) => input.units.reduce((s, u) => s + u.rows[r], 0));
  const colTotals = input.cols.map((_, c) => input.units.reduce((s, u) => s + u.cols[c], 0));
  const rows = mergeSide(input.rows, rowTotals, minShare, keep);
  const cols = mergeSide(input.cols, colTotals, minShare, keep);
  const fold = (v: readonly number[], target: readonly number[], n: number) => {
    const out = new Array<number>(n).fill(0);
    v.forEach((x, i) => {
      out[target[i]] += x;
    });
    return out;
  };
  return {
    input: {
      rows: rows.labels,
      cols: cols.labels,
      units: input.units.map((u) => ({
        ...u,
        rows: fold(u.rows, rows.target, rows.labels.length),
        cols: fold(u.cols, cols.target, cols.labels.length),
      })),
    },
    rowGroups: rows.groups,
    colGroups: cols.groups,
  };
}
