import type { LonLat, WalkDistance } from "./turf-types.ts";

/** A stop of a tour walked from `entry` to `exit` (a street walked up one side and down the other). */
export interface TourNode {
  entry: LonLat;
  exit: LonLat;
  /** Whether the stop may also be walked from exit to entry (a street loop can). */
  reversible?: boolean;
}

/**
 * A step of a tour: a node index i, or its bitwise complement ~i (a negative number) when the
 * node is walked reversed, from its exit to its entry.
 */
export type TourStep = number;

/** The node index of a step. */
export const stepNode = (step: TourStep): number => (step < 0 ? ~step : step);

const enter = (nodes: readonly TourNode[], s: TourStep) => (s < 0 ? nodes[~s].exit : nodes[s].entry);
const leave = (nodes: readonly TourNode[], s: TourStep) => (s < 0 ? nodes[~s].entry : nodes[s].exit);

/**
 * Length of an open path from `start` through the nodes in `order`: start → entry of the
 * first, then exit of each → entry of the next (the walk inside a node is not counted: it
 * does not depend on the order). Cost: O(n).
 */
export function tourLength(
  nodes: readonly TourNode[],
  order: readonly TourStep[],
  start: LonLat,
  dist: WalkDistance,
): number {
  let total = 0;
  let at = start;
  for (const s of order) {
    total += dist(at, enter(nodes, s));
    at = leave(nodes, s);
  }
  return total;
}

/**
 * Nearest-neighbour construction of an open path (Rosenkrantz, Stearns & Lewis 1977): from
 * the start, go to the closest unvisited node's entry (or exit, for a reversible node, then
 * walking it reversed), ties to the lower index. At most ⌈log₂ n⌉/2 + 1/2 times the optimal
 * tour on metric instances. Cost: O(n²).
 */
export function nearestNeighbourTour(
  nodes: readonly TourNode[],
  start: LonLat,
  dist: WalkDistance,
): TourStep[] {
  const left = new Set(nodes.map((_, i) => i));
  const order: TourStep[] = [];
  let at = start;
  while (left.size > 0) {
    let best = 0;
    let bestD = Infinity;
    for (const i of left) {
      for (const s of nodes[i].reversible ? [i, ~i] : [i]) {
        const d = dist(at, enter(nodes, s));
        if (d < bestD) {
          bestD = d;
          best = s;
        }
      }
    }
    order.push(best);
    left.delete(stepNode(best));
    at = leave(nodes, best);
  }
  return order;
}

/**
 * 2-opt improvement of an open path (Croes 1958, "A method for solving traveling-salesman
 * problems"): reverse the sub-sequence i..j whenever that shortens the path (reversible nodes
 * turned round with it, as in the symmetric 2-opt; or kept as they were); then Or-opt (Or 1976):
 * move one node elsewhere, or turn a reversible one round, when that shortens it (an open path from a fixed start
 * has local optima that no reversal leaves, e.g. a node left behind the start). First
 * improvement, until no move helps or maxPasses passes are done. Other nodes keep their
 * direction (entry → exit), so the path length is recomputed for each candidate (costs may
 * be asymmetric). Never returns a longer path than it is given. Cost: O(passes × n³).
 */
export function improveTwoOpt(
  nodes: readonly TourNode[],
  order: readonly TourStep[],
  start: LonLat,
  dist: WalkDistance,
  maxPasses = 20,
): TourStep[] {
  const flip = (s: TourStep) => (nodes[stepNode(s)].reversible ? ~s : s);
  let best = [...order];
  let bestLen = tourLength(nodes, best, start, dist);
  const n = best.length;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    const consider = (candidate: TourStep[]) => {
      const len = tourLength(nodes, candidate, start, dist);
      if (len < bestLen - 1e-9) {
        best = candidate;
        bestLen = len;
        improved = true;
      }
    };
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const middle = best.slice(i, j + 1).reverse();
        consider([...best.slice(0, i), ...middle.map(flip), ...best.slice(j + 1)]);
        consider([...best.slice(0, i), ...middle, ...best.slice(j + 1)]);
      }
    }
    for (let i = 0; i < n; i++) {
      if (nodes[stepNode(best[i])].reversible) consider(best.map((s, k) => (k === i ? ~s : s)));
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
