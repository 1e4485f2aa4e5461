import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "./rng.ts";
import { walkDistance } from "./turf-geometry.ts";
import { improveTwoOpt, nearestNeighbourTour, stepNode, type TourNode, tourLength } from "./turf-tour.ts";

const dist = walkDistance({ detour: 1 });
const point = fc.record({
  lon: fc.double({ min: 2.3, max: 2.32, noNaN: true }),
  lat: fc.double({ min: 48.85, max: 48.86, noNaN: true }),
});
const node = fc
  .tuple(point, point, fc.boolean())
  .map(([entry, exit, reversible]): TourNode => ({ entry, exit, reversible }));

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

describe("nearest neighbour + 2-opt tour", () => {
  it("walks a reversible stop from the end nearer to it", () => {
    const at = (m: number) => ({ lon: 2.35 + m / 73_270, lat: 48.85 });
    const nodes = [
      { entry: at(500), exit: at(100), reversible: true },
      { entry: at(600), exit: at(900) },
    ];
    const nn = nearestNeighbourTour(nodes, at(0), dist);
    expect(nn).toEqual([~0, 1]);
    expect(tourLength(nodes, nn, at(0), dist)).toBeCloseTo(100 + 100, -1);
  });

  it("visits every node once, and 2-opt is never longer than nearest neighbour", () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 0, maxLength: 25 }), point, (nodes, start) => {
        const nn = nearestNeighbourTour(nodes, start, dist);
        expect(nn.map(stepNode).sort((a, b) => a - b)).toEqual(nodes.map((_, i) => i));
        const opt = improveTwoOpt(nodes, nn, start, dist);
        expect(opt.map(stepNode).sort((a, b) => a - b)).toEqual(nodes.map((_, i) => i));
        for (const s of [...nn, ...opt]) if (s < 0) expect(nodes[~s].reversible).toBe(true);
        expect(tourLength(nodes, opt, start, dist)).toBeLessThanOrEqual(
          tourLength(nodes, nn, start, dist) + 1e-9,
        );
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it("comes within 1.25 × the best open path on small instances (exhaustive check)", () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 7 }), point, (points, start) => {
        const nodes = points.map((p) => ({ entry: p, exit: p }));
        const opt = improveTwoOpt(nodes, nearestNeighbourTour(nodes, start, dist), start, dist);
        const best = Math.min(...permutations(nodes.length).map((p) => tourLength(nodes, p, start, dist)));
        expect(tourLength(nodes, opt, start, dist)).toBeLessThanOrEqual(1.25 * best + 1e-9);
      }),
      { seed: 5, numRuns: 150 },
    );
  });

  it("shortens nearest neighbour's paths on random instances by several per cent", () => {
    const rng = createRng(3);
    const at = () => ({ lon: 2.3 + rng.uniform() * 0.02, lat: 48.85 + rng.uniform() * 0.01 });
    let nnTotal = 0;
    let optTotal = 0;
    for (let k = 0; k < 100; k++) {
      const nodes = Array.from({ length: 15 }, () => {
        const p = at();
        return { entry: p, exit: p };
      });
      const start = at();
      const nn = nearestNeighbourTour(nodes, start, dist);
      nnTotal += tourLength(nodes, nn, start, dist);
      optTotal += tourLength(nodes, improveTwoOpt(nodes, nn, start, dist), start, dist);
    }
    expect(optTotal).toBeLessThan(0.95 * nnTotal);
  });

  it("brings back a stop nearest neighbour left behind the start (Or-opt)", () => {
    // Points on a line at 0, 1, -1.2, 3 (×100 m east): NN goes 0 → 1 → 3 → -1.2, doubling back
    // 420 m; the best path goes -1.2 first (540 m against 720 m).
    const at = (m: number) => ({ lon: 2.35 + m / 73_300, lat: 48.85 });
    const nodes = [1, -1.2, 3].map((m) => ({ entry: at(m * 100), exit: at(m * 100) }));
    const nn = nearestNeighbourTour(nodes, at(0), dist);
    expect(nn).toEqual([0, 2, 1]);
    const opt = improveTwoOpt(nodes, nn, at(0), dist);
    expect(tourLength(nodes, nn, at(0), dist)).toBeCloseTo(720, -1);
    expect(tourLength(nodes, opt, at(0), dist)).toBeCloseTo(540, -1);
  });
});
