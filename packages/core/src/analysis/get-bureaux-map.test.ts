import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "../db/schema/geo.ts";
import { roundGeometry } from "./get-bureaux-map.ts";

describe("contours rounded for the map", () => {
  it("keeps five decimals of a degree (about 1 m) and drops the points rounding merged", () => {
    const square = [
      [-4.486123456789, 48.390000000001],
      [-4.486123449, 48.390000004], // same point once rounded: dropped
      [-4.48, 48.390000000001],
      [-4.48, 48.4],
      [-4.486123456789, 48.4],
      [-4.486123456789, 48.390000000001],
    ];
    expect(roundGeometry({ type: "Polygon", coordinates: [square] })).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [-4.48612, 48.39],
          [-4.48, 48.39],
          [-4.48, 48.4],
          [-4.48612, 48.4],
          [-4.48612, 48.39],
        ],
      ],
    });
  });

  it("keeps a ring that merging would leave under four positions, and every part of a MultiPolygon", () => {
    // a triangle 0.1 m wide: all its points round to two
    const sliver = [
      [2.3500001, 48.8500001],
      [2.3500002, 48.8500001],
      [2.3500001, 48.8500002],
      [2.3500001, 48.8500001],
    ];
    const out = roundGeometry({ type: "MultiPolygon", coordinates: [[sliver], [sliver]] });
    expect(out?.coordinates).toHaveLength(2);
    expect(out?.coordinates[1]).toEqual([
      [
        [2.35, 48.85],
        [2.35, 48.85],
        [2.35, 48.85],
        [2.35, 48.85],
      ],
    ]);
  });

  it("gives null for a stored geometry that is not a valid WGS84 contour, instead of throwing", () => {
    const bad: unknown[] = [
      { type: "Polygon", coordinates: "abc" },
      { type: "Polygon", coordinates: [] },
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 1],
          ],
        ],
      },
      { type: "Point", coordinates: [0, 0] },
      { type: "Polygon", coordinates: [[[[0, 0]], [1, 0], [0, 1], [[0, 0]]]] },
      {
        type: "Polygon",
        coordinates: [
          [
            [650000, 6860000],
            [650100, 6860000],
            [650000, 6860100],
            [650000, 6860000],
          ],
        ],
      },
    ];
    for (const g of bad) expect(roundGeometry(g as PolygonGeometry)).toBeNull();
  });
});
