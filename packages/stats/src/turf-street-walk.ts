import { compareIds, compareNatural, houseNumber, walkDistance } from "./turf-geometry.ts";
import type { TurfBuilding, WalkDistance } from "./turf-types.ts";

/**
 * Buildings of one street in walking order. 'zigzag': all numbers ascending, crossing the
 * street. 'loop': one side up, the other side down, as canvassers walk a street: odd numbers
 * ascending then even numbers descending, unless another of the four loops (odd first or even
 * first, up or down) is shorter by more than 1 m — as when a turf holds the low odd numbers and
 * higher even ones; and zigzag (numbers ascending or descending, crossing) when it is over 10 %
 * shorter than the best loop, as when a turf holds one side of part of the street and both
 * sides of the rest. Numberless buildings go with the odd side. Cost: O(b log b).
 */
export function streetSequence<T extends { building: TurfBuilding }>(
  items: readonly T[],
  mode: "loop" | "zigzag",
  dist: WalkDistance = walkDistance(),
): T[] {
  const byNumber = (a: T, b: T) =>
    compareNatural(a.building.number, b.building.number) || compareIds(a.building.id, b.building.id);
  if (mode === "zigzag") return [...items].sort(byNumber);
  const even = items.filter((p) => houseNumber(p.building.number) % 2 === 0).sort(byNumber);
  const odd = items.filter((p) => !(houseNumber(p.building.number) % 2 === 0)).sort(byNumber);
  const rev = (v: T[]) => [...v].reverse();
  const loops = [
    [...odd, ...rev(even)],
    [...rev(odd), ...even],
    [...even, ...rev(odd)],
    [...rev(even), ...odd],
  ];
  const length = (v: T[]) => v.reduce((s, p, i) => (i ? s + dist(v[i - 1].building, p.building) : 0), 0);
  let best = loops[0];
  let bestLen = length(best);
  for (const loop of loops.slice(1)) {
    const len = length(loop);
    if (len < bestLen - 1) {
      best = loop;
      bestLen = len;
    }
  }
  const zigzags = [[...items].sort(byNumber)];
  zigzags.push(rev(zigzags[0]));
  for (const z of zigzags) {
    const len = length(z);
    if (len < 0.9 * bestLen) {
      best = z;
      bestLen = len;
    }
  }
  return best;
}

/**
 * The stretches of one street in a turf: its buildings in house-number order (both sides
 * interleaved), cut wherever two consecutive ones are more than gapMeters apart on foot, so
 * that a turf holding two distant pieces of a street walks each as its own loop. Cost: O(b log b).
 */
export function streetStretches<T extends { building: TurfBuilding }>(
  items: readonly T[],
  gapMeters: number,
  dist: WalkDistance = walkDistance(),
): T[][] {
  const sorted = [...items].sort(
    (a, b) =>
      compareNatural(a.building.number, b.building.number) || compareIds(a.building.id, b.building.id),
  );
  const out: T[][] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && dist(sorted[i - 1].building, p.building) <= gapMeters) out[out.length - 1].push(p);
    else out.push([p]);
  });
  return out;
}
