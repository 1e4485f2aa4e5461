import { describe, expect, it } from "vitest";
import type { TurfBuilding } from "./turf-types.ts";
import { splitBuilding } from "./turf-units.ts";

function building(entrances: string[], floors: number, perFloor: number): TurfBuilding {
  return {
    id: "b",
    bureau: "1",
    streetKey: "s",
    number: "1",
    lon: 0,
    lat: 0,
    entrances: entrances.map((entrance) => ({
      entrance,
      floors: Array.from({ length: floors }, (_, floor) => ({
        floor,
        doors: Array.from({ length: perFloor }, (_, d) => ({
          id: `${entrance}${floor}-${d}`,
          door: String(d + 1),
        })),
      })),
    })),
  };
}

const none = new Set<string>();

describe("splitBuilding", () => {
  it("keeps a building within the unit size whole", () => {
    const units = splitBuilding(building(["A", "B"], 2, 3), 12, none);
    expect(units).toHaveLength(1);
    expect(units[0].whole).toBe(true);
    expect(units[0].doors.map((d) => d.id).slice(0, 4)).toEqual(["A0-0", "A0-1", "A0-2", "A1-0"]);
  });

  it("splits by entrance first, then by whole floors, never cutting a floor that fits", () => {
    // 2 entrances × 12 floors × 7 doors; units of at most 20 doors: 2 floors (14 doors) each.
    const units = splitBuilding(building(["B", "A"], 12, 7), 20, none);
    expect(units).toHaveLength(12);
    for (const u of units) {
      expect(u.whole).toBe(false);
      expect(new Set(u.doors.map((d) => d.entrance)).size).toBe(1);
      expect(u.doors.length).toBe(14);
      expect(new Set(u.doors.map((d) => d.floor)).size).toBe(2);
    }
    expect(units[0].doors[0].entrance).toBe("A");
    expect(units.map((u) => u.part)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("splits a floor larger than the unit into near-equal runs of doors", () => {
    const units = splitBuilding(building([""], 1, 50), 20, none);
    expect(units.map((u) => u.doors.length)).toEqual([16, 17, 17]);
    expect(units.flatMap((u) => u.doors.map((d) => d.door))).toEqual(
      Array.from({ length: 50 }, (_, i) => String(i + 1)),
    );
  });

  it("leaves out doors, and drops a building with none left", () => {
    const b = building([""], 1, 2);
    expect(splitBuilding(b, 10, new Set(["0-0"]))[0].doors.map((d) => d.id)).toEqual(["0-1"]);
    expect(splitBuilding(b, 10, new Set(["0-0", "0-1"]))).toEqual([]);
  });
});
