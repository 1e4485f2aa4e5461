import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutTurfs } from "./cut-turfs.ts";
import { allDoorIds, makeLayout, shuffled } from "./turf-fixtures.ts";

/** Random small communes: streets, blocks, bureaux, large buildings, a target and doors to leave out. */
const layouts = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  rows: fc.integer({ min: 1, max: 5 }),
  cols: fc.integer({ min: 1, max: 4 }),
  bx: fc.integer({ min: 1, max: 3 }),
  by: fc.integer({ min: 1, max: 2 }),
  towers: fc.integer({ min: 0, max: 3 }),
  target: fc.integer({ min: 10, max: 150 }),
  leaveEvery: fc.integer({ min: 0, max: 5 }),
  minutes: fc.boolean(),
});

describe("cutTurfs on random layouts (fast-check)", () => {
  it("keeps bureaux apart, every door once (or left out), turf figures consistent", () => {
    fc.assert(
      fc.property(layouts, (spec) => {
        const buildings = makeLayout(spec);
        const bureauOf = new Map(buildings.map((b) => [b.id, b.bureau]));
        const all = allDoorIds(buildings);
        const leaveOut = spec.leaveEvery ? all.filter((_, i) => i % (spec.leaveEvery + 1) === 0) : [];
        const target = spec.minutes ? { minutes: spec.target * 2 } : { doors: spec.target };
        const cut = cutTurfs(buildings, { target, leaveOut });
        const seen = cut.turfs.flatMap((t) => t.walk.map((s) => s.doorId));
        const kept = new Set(all);
        for (const d of leaveOut) kept.delete(d);
        expect(seen.length).toBe(kept.size);
        expect(new Set(seen)).toEqual(kept);
        for (const t of cut.turfs) {
          expect(t.doors).toBeGreaterThan(0);
          for (const s of t.walk) expect(bureauOf.get(s.buildingId)).toBe(t.bureau);
        }
        expect(new Set(cut.turfs.map((t) => t.id)).size).toBe(cut.turfs.length);
      }),
      { seed: 2026, numRuns: 60 },
    );
  });

  it("the street-run pass never splits more streets; the cut ignores input order", () => {
    fc.assert(
      fc.property(layouts, (spec) => {
        const buildings = makeLayout(spec);
        const options = { target: { doors: spec.target } };
        const withPass = cutTurfs(buildings, options);
        const without = cutTurfs(buildings, { ...options, streetPass: false });
        expect(withPass.summary.splitStreets).toBeLessThanOrEqual(without.summary.splitStreets);
        expect(withPass.summary.streetBreaks).toBeLessThanOrEqual(without.summary.streetBreaks);
        expect(cutTurfs(shuffled(buildings, spec.seed), options)).toEqual(withPass);
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it("balances within ±25 % whenever every bureau holds several targets' worth of small buildings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 40, max: 80 }),
        (seed, target) => {
          const buildings = makeLayout({ seed, rows: 6, cols: 4, bx: 2, by: 1, towers: 2 });
          const cut = cutTurfs(buildings, { target: { doors: target } });
          expect(cut.summary.unbalanced).toBe(0);
        },
      ),
      { seed: 11, numRuns: 25 },
    );
  });
});
