/** A unit of the cut as the street-run pass sees it. */
export interface StreetUnit {
  /** Street identity: bureau and street key. */
  street: string;
  /** Rank along the street (house-number order, ties by id). */
  order: number;
  weight: number;
  /** Only whole buildings move; parts of a split building stay where the bisection put them. */
  movable: boolean;
}

/**
 * How split the streets are: `splitStreets` counts the streets (bureau, street key) whose
 * units fall in more than one turf, `streetBreaks` adds up, over streets, the turfs touching
 * the street minus one (a long street must span several turfs; each extra turf is a break).
 * Cost: O(n).
 */
export function countSplitStreets(
  units: readonly StreetUnit[],
  turfOf: ArrayLike<number>,
): { splitStreets: number; streetBreaks: number } {
  const turfs = new Map<string, Set<number>>();
  units.forEach((u, i) => {
    const set = turfs.get(u.street);
    if (set) set.add(turfOf[i]);
    else turfs.set(u.street, new Set([turfOf[i]]));
  });
  let splitStreets = 0;
  let streetBreaks = 0;
  for (const set of turfs.values()) {
    if (set.size > 1) splitStreets++;
    streetBreaks += set.size - 1;
  }
  return { splitStreets, streetBreaks };
}

/**
 * The street-run pass after the bisection: a street run is a maximal sequence of a street's
 * consecutive buildings (in house-number order) that lie in one turf. A run moves whole to the
 * turf of the run before or after it on the same street when it is its turf's only run on that
 * street (so the street touches one turf fewer) and the move keeps balance: the larger of the
 * two turfs' deviations from the target stays within tolerance × target, or does not grow.
 * This is the boundary refinement of Kernighan & Lin (1970) restricted to moves that cut
 * fewer streets, as canvass turf cutters do (NGP VAN's "keep streets together"). Since a
 * building lies on one street, a move changes no other street: each move removes one street
 * break, and the number of split streets never increases. Passes repeat until no move is accepted (at most maxPasses). Mutates
 * turfOf and turfWeight in place; deterministic (streets in key order, runs in street order).
 * Cost: O(passes × n log n).
 */
export function moveStreetRuns(
  units: readonly StreetUnit[],
  turfOf: Int32Array,
  turfWeight: Float64Array,
  target: number,
  tolerance: number,
  maxPasses = 8,
): number {
  const streets = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = streets.get(u.street);
    if (list) list.push(i);
    else streets.set(u.street, [i]);
  });
  const turfUnits = new Int32Array(turfWeight.length);
  for (let i = 0; i < units.length; i++) turfUnits[turfOf[i]]++;
  const keys = [...streets.keys()].sort();
  for (const k of keys) streets.get(k)?.sort((a, b) => units[a].order - units[b].order || a - b);
  const band = tolerance * target;
  const tryMove = (list: readonly number[]): boolean => {
    const runs = splitRuns(list, turfOf);
    for (let r = 0; r < runs.length && runs.length > 1; r++) {
      const run = runs[r];
      const src = turfOf[run[0]];
      if (!run.every((i) => units[i].movable)) continue;
      if (runs.some((o, j) => j !== r && turfOf[o[0]] === src)) continue;
      if (turfUnits[src] <= run.length) continue;
      const w = run.reduce((s, i) => s + units[i].weight, 0);
      for (const nb of [runs[r - 1], runs[r + 1]]) {
        if (!nb) continue;
        const dst = turfOf[nb[0]];
        const before = Math.max(Math.abs(turfWeight[src] - target), Math.abs(turfWeight[dst] - target));
        const after = Math.max(
          Math.abs(turfWeight[src] - w - target),
          Math.abs(turfWeight[dst] + w - target),
        );
        if (after > Math.max(band, before)) continue;
        for (const i of run) turfOf[i] = dst;
        turfWeight[src] -= w;
        turfWeight[dst] += w;
        turfUnits[src] -= run.length;
        turfUnits[dst] += run.length;
        return true;
      }
    }
    return false;
  };
  let moves = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const before = moves;
    for (const key of keys) {
      const list = streets.get(key) ?? [];
      for (let guard = list.length; guard > 0 && tryMove(list); guard--) moves++;
    }
    if (moves === before) break;
  }
  return moves;
}

/** Maximal runs of consecutive units (in street order) in one turf. */
function splitRuns(list: readonly number[], turfOf: Int32Array): number[][] {
  const runs: number[][] = [];
  for (const i of list) {
    const last = runs[runs.length - 1];
    if (last && turfOf[last[0]] === turfOf[i]) last.push(i);
    else runs.push([i]);
  }
  return runs;
}
