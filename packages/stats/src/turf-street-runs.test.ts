import { describe, expect, it } from "vitest";
import { countSplitStreets, moveStreetRuns, type StreetUnit } from "./turf-street-runs.ts";

const unit = (street: string, order: number, weight = 1, movable = true): StreetUnit => ({
  street,
  order,
  weight,
  movable,
});

function weights(units: StreetUnit[], turfOf: Int32Array, turfs: number): Float64Array {
  const w = new Float64Array(turfs);
  units.forEach((u, i) => {
    w[turfOf[i]] += u.weight;
  });
  return w;
}

describe("moveStreetRuns", () => {
  // Street a: 0 0 0 1 ; street b: 1 1 1. Turfs weigh 3 and 4, target 3.5.
  const units = [
    unit("a", 0),
    unit("a", 1),
    unit("a", 2),
    unit("a", 3),
    unit("b", 0),
    unit("b", 1),
    unit("b", 2),
  ];

  it("moves the lone run of a street to its neighbour when balance allows, un-splitting the street", () => {
    const turfOf = Int32Array.from([0, 0, 0, 1, 1, 1, 1]);
    expect(countSplitStreets(units, turfOf)).toEqual({ splitStreets: 1, streetBreaks: 1 });
    const w = weights(units, turfOf, 2);
    expect(moveStreetRuns(units, turfOf, w, 3.5, 0.25)).toBe(1);
    expect([...turfOf]).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect([...w]).toEqual([4, 3]);
    expect(countSplitStreets(units, turfOf)).toEqual({ splitStreets: 0, streetBreaks: 0 });
  });

  it("refuses a move that would break balance", () => {
    const turfOf = Int32Array.from([0, 0, 0, 1, 1, 1, 1]);
    // Turf 0 weighs 6 and turf 1 weighs 5 (target 5.5): moving a's last unit (2) gives 8 and 3.
    const heavy = units.map((u, i) => (i <= 3 ? { ...u, weight: 2 } : u));
    const w = weights(heavy, turfOf, 2);
    expect(moveStreetRuns(heavy, turfOf, w, 5.5, 0.25)).toBe(0);
    expect([...turfOf]).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it("does not move part of a split building, nor a run whose turf has others on the street", () => {
    const pinned = units.map((u, i) => (i === 3 ? { ...u, movable: false } : u));
    const turfOf = Int32Array.from([0, 0, 0, 1, 1, 1, 1]);
    expect(moveStreetRuns(pinned, turfOf, weights(pinned, turfOf, 2), 3.5, 0.25)).toBe(0);
    const interleaved = Int32Array.from([0, 1, 0, 1, 1, 1, 1]);
    const w = weights(units, interleaved, 2);
    moveStreetRuns(units, interleaved, w, 3.5, 0.5);
    expect(countSplitStreets(units, interleaved).streetBreaks).toBeLessThanOrEqual(1);
  });
});
