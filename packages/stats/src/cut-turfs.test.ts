import { describe, expect, it } from "vitest";
import { cutTurfs } from "./cut-turfs.ts";
import { allDoorIds, makeLayout, shuffled } from "./turf-fixtures.ts";
import type { TurfBuilding, TurfCut } from "./turf-types.ts";

const layout = makeLayout({ seed: 7, rows: 12, cols: 10, bx: 3, by: 2, towers: 5 });
const byId = new Map(layout.map((b) => [b.id, b]));

function doorsOf(cut: TurfCut): string[] {
  return cut.turfs.flatMap((t) => t.walk.map((s) => s.doorId));
}

describe("cutTurfs on a synthetic commune (12 streets × 10 blocks, 6 bureaux, 5 large buildings)", () => {
  const cut = cutTurfs(layout, { target: { doors: 60 } });

  it("never lets a turf span two bureaux", () => {
    expect(layout.length).toBeGreaterThan(1000);
    for (const t of cut.turfs) {
      const bureaux = new Set(t.walk.map((s) => byId.get(s.buildingId)?.bureau));
      expect([...bureaux]).toEqual([t.bureau]);
    }
    expect(new Set(cut.turfs.map((t) => t.bureau)).size).toBe(6);
  });

  it("puts every door in exactly one turf", () => {
    const doors = doorsOf(cut);
    expect(doors.length).toBe(new Set(doors).size);
    expect([...doors].sort()).toEqual(allDoorIds(layout).sort());
    expect(cut.summary.doors).toBe(doors.length);
  });

  it("leaves out the doors it is asked to, and only those", () => {
    const all = allDoorIds(layout);
    const leaveOut = all.filter((_, i) => i % 7 === 0);
    const partial = cutTurfs(layout, { target: { doors: 60 }, leaveOut });
    const kept = new Set(doorsOf(partial));
    expect(leaveOut.some((d) => kept.has(d))).toBe(false);
    expect(kept.size).toBe(all.length - leaveOut.length);
    expect(doorsOf(partial).length).toBe(kept.size);
  });

  it("balances doors per turf within ±25 % of the target (turfs of one building excepted)", () => {
    expect(cut.summary.unbalanced).toBe(0);
    for (const t of cut.turfs) {
      if (t.buildings > 1) expect(Math.abs(t.doors / 60 - 1)).toBeLessThanOrEqual(0.25);
    }
    expect(cut.summary.turfs).toBe(cut.turfs.length);
    expect(cut.summary.minRatio).toBeGreaterThanOrEqual(0.75);
    expect(cut.summary.maxRatio).toBeLessThanOrEqual(1.25);
  });

  it("reports per turf doors, electors, buildings, minutes and streets consistent with its walk", () => {
    for (const t of cut.turfs) {
      expect(t.doors).toBe(t.walk.length);
      expect(new Set(t.walk.map((s) => s.buildingId)).size).toBe(t.buildings);
      expect(t.electors).toBeGreaterThanOrEqual(t.doors);
      const streets = new Set(t.walk.map((s) => byId.get(s.buildingId)?.streetKey));
      expect(new Set(t.streets)).toEqual(streets);
      expect(t.routeMeters).toBeCloseTo(
        t.walk.reduce((s, w) => s + w.legMeters, 0),
        6,
      );
      expect(t.minutes).toBeGreaterThanOrEqual(t.doors * 1.5 + t.routeMeters / 75 - 1e-9);
    }
  });

  it("is deterministic: the same input, or the same buildings shuffled, give the same cut", () => {
    expect(cutTurfs(layout, { target: { doors: 60 } })).toEqual(cut);
    const reordered: TurfBuilding[] = shuffled(layout, 99).map((b) => ({
      ...b,
      entrances: shuffled(b.entrances, 3).map((e) => ({
        ...e,
        floors: shuffled(e.floors, 4).map((f) => ({ ...f, doors: shuffled(f.doors, 5) })),
      })),
    }));
    expect(cutTurfs(reordered, { target: { doors: 60 } })).toEqual(cut);
  });

  it("splits fewer streets with the street-run pass than without it", () => {
    const raw = cutTurfs(layout, { target: { doors: 60 }, streetPass: false });
    expect(cut.summary.splitStreets).toBeLessThanOrEqual(raw.summary.splitStreets);
    expect(cut.summary.streetBreaks).toBeLessThan(raw.summary.streetBreaks);
    expect(raw.summary.unbalanced).toBe(0);
  });

  it("cuts by minutes per session under the walking-time model, within ±25 %", () => {
    const timed = cutTurfs(layout, { target: { minutes: 120 } });
    expect(timed.summary.unbalanced).toBe(0);
    for (const t of timed.turfs)
      if (t.buildings > 1) expect(Math.abs(t.minutes / 120 - 1)).toBeLessThanOrEqual(0.25);
    const slower = cutTurfs(layout, { target: { minutes: 120 }, minutesPerDoor: 3 });
    expect(slower.summary.turfs).toBeGreaterThan(timed.summary.turfs);
  });
});

describe("cutTurfs on a 300-door tower", () => {
  const building: TurfBuilding = {
    id: "tower",
    bureau: "BV001",
    streetKey: "avenue",
    number: "1",
    lift: true,
    lon: 2.35,
    lat: 48.85,
    entrances: ["A", "B", "C"].map((entrance) => ({
      entrance,
      floors: Array.from({ length: 10 }, (_, floor) => ({
        floor,
        doors: Array.from({ length: 10 }, (_, d) => ({
          id: `${entrance}${floor}-${d}`,
          door: String(d + 1),
        })),
      })),
    })),
  };

  it("splits by entrance then by whole floors, into turfs of the target size", () => {
    const cut = cutTurfs([building], { target: { doors: 60 } });
    expect(cut.turfs.map((t) => t.doors)).toEqual([60, 60, 60, 60, 60]);
    const turfOfFloor = new Map<string, Set<string>>();
    for (const t of cut.turfs) {
      for (const s of t.walk) {
        const key = `${s.entrance}${s.floor}`;
        turfOfFloor.set(key, (turfOfFloor.get(key) ?? new Set()).add(t.id));
      }
      // Within a turf, each entrance's floors form one unbroken range.
      for (const e of new Set(t.walk.map((s) => s.entrance))) {
        const floors = [...new Set(t.walk.filter((s) => s.entrance === e).map((s) => s.floor))].sort(
          (a, b) => a - b,
        );
        expect(floors[floors.length - 1] - floors[0]).toBe(floors.length - 1);
      }
    }
    expect(turfOfFloor.size).toBe(30);
    for (const turfs of turfOfFloor.values()) expect(turfs.size).toBe(1);
    expect(cut.summary.unbalanced).toBe(0);
  });

  it("is one turf, exempt from the balance, when it is well under the target", () => {
    const cut = cutTurfs([building], { target: { doors: 500 } });
    expect(cut.turfs).toHaveLength(1);
    expect(cut.summary.maxRatio).toBe(0.6);
    expect(cut.summary.unbalanced).toBe(0);
  });
});
