import { describe, expect, it } from "vitest";
import { cutTurfs } from "./cut-turfs.ts";
import { makeLayout } from "./turf-fixtures.ts";
import { walkDistance } from "./turf-geometry.ts";
import { improveTwoOpt, nearestNeighbourTour, tourLength } from "./turf-tour.ts";

describe("turf routes against a free tour of their buildings", () => {
  it("are within 1.25× a 2-opt tour of the same stops for at least 97 % of turfs, and 1.5× for all", () => {
    // The acceptance check compares each route with a good tour of its stops; the
    // street-following route gives up a little length for walking streets side by side.
    const layout = makeLayout({ seed: 12, rows: 14, cols: 12, bx: 3, by: 3, towers: 8 });
    const byId = new Map(layout.map((b) => [b.id, b]));
    const dist = walkDistance();
    const ratios: number[] = [];
    for (const t of cutTurfs(layout, { target: { doors: 60 } }).turfs) {
      const stops = [...new Set(t.walk.map((s) => s.buildingId))].map((id) => byId.get(id)!);
      if (stops.length < 3) continue;
      const nodes = stops.map((b) => ({ entry: b, exit: b }));
      const start = stops[0];
      const free = tourLength(
        nodes,
        improveTwoOpt(nodes, nearestNeighbourTour(nodes, start, dist), start, dist),
        start,
        dist,
      );
      ratios.push((t.routeMeters - t.walk[0].legMeters) / free);
    }
    expect(ratios.length).toBeGreaterThan(150);
    expect(ratios.filter((r) => r <= 1.25).length / ratios.length).toBeGreaterThanOrEqual(0.97);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(1.5);
  });
});
