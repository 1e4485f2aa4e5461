import { describe, expect, it } from "vitest";
import { walkDistance } from "./turf-geometry.ts";
import { streetStretches } from "./turf-street-walk.ts";
import type { TurfBuilding } from "./turf-types.ts";
import { orderTurfWalk } from "./turf-walk-order.ts";

const M_LON = 1 / (111_320 * Math.cos((48.85 * Math.PI) / 180));

/** A house at `x` metres east along street `street` (street k lies k × 200 m north). */
function house(street: number, number: number, x: number, extra: Partial<TurfBuilding> = {}): TurfBuilding {
  const id = `s${street}-${number}`;
  return {
    id,
    bureau: "1",
    streetKey: `rue-${street}`,
    number: String(number),
    lon: 2.35 + x * M_LON,
    lat: 48.85 + (street * 200 + (number % 2 ? 5 : -5)) / 110_540,
    entrances: [{ entrance: "", floors: [{ floor: 0, doors: [{ id, door: "" }] }] }],
    ...extra,
  };
}

const street = Array.from({ length: 10 }, (_, i) => house(0, i + 1, Math.floor(i / 2) * 15));

describe("orderTurfWalk", () => {
  it("walks a street odd numbers up, then even numbers down", () => {
    const walk = orderTurfWalk(street, { start: street[0] }).walk;
    expect(walk.map((s) => s.buildingId)).toEqual([1, 3, 5, 7, 9, 10, 8, 6, 4, 2].map((n) => `s0-${n}`));
  });

  it("cuts a street into stretches where consecutive numbers lie far apart", () => {
    const pieces = [house(0, 1, 0), house(0, 3, 14), house(0, 41, 300), house(0, 43, 314)].map(
      (building) => ({ building }),
    );
    expect(streetStretches(pieces, 60).map((s) => s.map((p) => p.building.number))).toEqual([
      ["1", "3"],
      ["41", "43"],
    ]);
    expect(streetStretches(pieces, 400)).toHaveLength(1);
  });

  it("zigzags across the street in number order on request", () => {
    const walk = orderTurfWalk([...street].reverse(), { start: street[0], streetOrder: "zigzag" }).walk;
    expect(walk.map((s) => s.buildingId)).toEqual(street.map((b) => b.id));
  });

  it("walks a building entrance by entrance, floors top-down with a lift and bottom-up without", () => {
    const floors = (e: string) =>
      [0, 1, 2].map((floor) => ({ floor, doors: [{ id: `${e}${floor}`, door: "1" }] }));
    const tower = house(0, 1, 0, {
      entrances: [
        { entrance: "B", floors: floors("B") },
        { entrance: "A", floors: floors("A") },
      ],
    });
    expect(orderTurfWalk([{ ...tower, lift: true }]).walk.map((s) => s.doorId)).toEqual([
      "A2",
      "A1",
      "A0",
      "B2",
      "B1",
      "B0",
    ]);
    const stairs = orderTurfWalk([tower]);
    expect(stairs.walk.map((s) => s.doorId)).toEqual(["A0", "A1", "A2", "B0", "B1", "B2"]);
    // Without a lift, 2 floors climbed per entrance at 0.4 min each; 6 doors at 1.5 min.
    expect(stairs.minutes).toBeCloseTo(6 * 1.5 + 4 * 0.4, 9);
  });

  it("gives each door the leg walked to it, 0 inside a building, summing to the route", () => {
    const dist = walkDistance();
    const start = { lon: 2.35, lat: 48.85 - 100 / 110_540 };
    const { walk, routeMeters, minutes } = orderTurfWalk(street, { start });
    // The street's loop is entered at its nearer end: here number 2 (even side, the south).
    expect(walk[0].buildingId).toBe("s0-2");
    expect(walk.map((s) => s.buildingId).slice(0, 3)).toEqual(["s0-2", "s0-4", "s0-6"]);
    expect(walk[0].legMeters).toBeCloseTo(dist(start, street[1]), 9);
    expect(walk.reduce((s, w) => s + w.legMeters, 0)).toBeCloseTo(routeMeters, 9);
    expect(minutes).toBeCloseTo(routeMeters / 75 + 10 * 1.5, 9);
    const two = orderTurfWalk([
      {
        ...street[0],
        entrances: [{ entrance: "", floors: [{ floor: 0, doors: [{ id: "x" }, { id: "y" }] }] }],
      },
    ]);
    expect(two.walk.map((s) => s.legMeters)).toEqual([0, 0]);
  });

  it("orders streets by proximity from the start, and keeps only the doors asked for", () => {
    const far = [house(3, 1, 0), house(3, 2, 0)];
    const near = [house(1, 1, 0), house(1, 2, 0)];
    const mid = [house(2, 1, 0)];
    const walk = orderTurfWalk([...far, ...mid, ...near], { start: { lon: 2.35, lat: 48.85 } });
    expect(walk.streets).toEqual(["rue-1", "rue-2", "rue-3"]);
    const some = orderTurfWalk([...far, ...near], { onlyDoors: new Set(["s1-2", "s3-1"]) });
    expect(some.walk.map((s) => s.doorId).sort()).toEqual(["s1-2", "s3-1"]);
  });
});
