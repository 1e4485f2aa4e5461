import type { LonLat, WalkDistance } from "./turf-types.ts";

/** A stop of a tour walked from `entry` to `exit` (a street walked up one side and down the other). */
export interface TourNode {
  entry: LonLat;
  exit: LonLat;
}

/**
 * Length of an open path from `start` through the nodes in `order`: start → entry of the
 * first, then exit of each → entry of the next (the walk inside a node is not counted: it
 * does not depend on the order). Cost: O(n).
 */
export function tourLength(
  nodes: readonly TourNode[],
  order: readonly number[],
  start: LonLat,
  dist: WalkDistance,
): number {
  let total = 0;
  let at = start;
  for (const i of order) {
    total += dist(at, nodes[i].entry);
    at = nodes[i].exit;
  }
  return total;
}

/**
 * Nearest-neighbour construction of an open path (Rosenkrantz, Stearns & Lewis 1977): from
 * the start, go to the closest unvisited node's entry, ties to the lower index. At most
 * ⌈log₂ n⌉/2 + 1/2 times the optimal tour on metric instances. Cost: O(n²).
 */
export function nearestNeighbourTour(
  nodes: readonly TourNode[],
  start: LonLat,
  dist: WalkDistance,
): number[] {
  const left = new Set(nodes.map((_, i) => i));
  const order: number[] = [];
  let at = start;
  while (left.size > 0) {
    let best = -1;
    let bestD = Infinity;
    for (const i of left) {
      const d = dist(at, nodes[i].entry);
      if (d < bestD || (d === bestD && i < best)) {
        bestD = d;
        best = i;
      }
    }
    order.push(best);
    left.delete(best);
    at = nodes[best].exit;
  }
  return order;
}

/**
 * 2-opt improvement of an open path (Croes 1958, "A method for solving traveling-salesman
 * problems"): reverse the sub-sequence i..j whenever that shortens the path; then Or-opt
 * (Or 1976): move one node elsewhere when that shortens it (an open path from a fixed start
 * has local optima that no reversal leaves, e.g. a node left behind the start). First
 * improvement, until no move helps or maxPasses passes are done. Nodes keep their own
 * direction (entry → exit), so the path length is recomputed for each candidate (costs may
 * be asymmetric). Never returns a longer path than it is given. Cost: O(passes × n³).
 */
export function improveTwoOpt(
  nodes: readonly TourNode[],
  order: readonly number[],
  start: LonLat,
  dist: WalkDistance,
  maxPasses = 20,
): number[] {
  let best = [...order];
  let bestLen = tourLength(nodes, best, start, dist);
  const n = best.length;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    const consider = (candidate: number[]) => {
      const len = tourLength(nodes, candidate, start, dist);
      if (len < bestLen - 1e-9) {
        best = candidate;
        bestLen = len;
        improved = true;
      }
    };
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        consider([...best.slice(0, i), ...best.slice(i, j + 1).reverse(), ...best.slice(j + 1)]);
      }
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const rest = [...best.slice(0, i), ...best.slice(i + 1)];
        consider([...rest.slice(0, j), best[i], ...rest.slice(j)]);
      }
    }
    if (!improved) break;
  }
  return best;
}
