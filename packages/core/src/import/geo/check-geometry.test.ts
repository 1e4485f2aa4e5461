import { describe, expect, it } from "vitest";
import { checkGeometry } from "./check-geometry.ts";

const square = [
  [-4.5, 48.4],
  [-4.49, 48.4],
  [-4.49, 48.41],
  [-4.5, 48.41],
  [-4.5, 48.4],
];
const lambert = [
  [145000, 6836000],
  [146000, 6836000],
  [146000, 6837000],
  [145000, 6836000],
];

/** A list nested `depth` times around a number: [[[…[1]…]]]. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe("checking a contour's geometry", () => {
  it("accepts a WGS84 Polygon and MultiPolygon, and tells Lambert-93 apart; elevation is dropped", () => {
    expect(checkGeometry({ type: "Polygon", coordinates: [square] })).toEqual({
      ok: true,
      geometry: { type: "Polygon", coordinates: [square] },
      crs: "WGS84",
    });
    const withZ = square.map(([x, y]) => [x, y, 12.5]);
    const multi = checkGeometry({ type: "MultiPolygon", coordinates: [[withZ], [square]] });
    expect(multi).toEqual({
      ok: true,
      geometry: { type: "MultiPolygon", coordinates: [[square], [square]] },
      crs: "WGS84",
    });
    expect(checkGeometry({ type: "Polygon", coordinates: [lambert] })).toMatchObject({
      ok: true,
      crs: "Lambert-93",
    });
  });

  it.each([
    ["a null geometry", null, "feature_no_geometry", {}],
    ["a Point", { type: "Point", coordinates: [1, 2] }, "feature_not_polygon", {}],
    ["a string", "Polygon", "feature_not_polygon", {}],
    [
      'coordinates "abc"',
      { type: "Polygon", coordinates: "abc" },
      "geometry_bad_nesting",
      { type: "Polygon", path: "coordinates" },
    ],
    ["empty coordinates", { type: "Polygon", coordinates: [] }, "geometry_empty", { path: "coordinates" }],
    [
      "an empty polygon of a MultiPolygon",
      { type: "MultiPolygon", coordinates: [[square], []] },
      "geometry_empty",
      { path: "coordinates[1]" },
    ],
    [
      "a Polygon nested as a MultiPolygon",
      { type: "Polygon", coordinates: [[square]] },
      "geometry_bad_nesting",
      { type: "Polygon", path: "coordinates[0][0]" },
    ],
    [
      "5,000-deep nesting",
      { type: "Polygon", coordinates: nested(5000) },
      "geometry_bad_nesting",
      { type: "Polygon", path: "coordinates[0][0]" },
    ],
    [
      "a position of one number",
      { type: "Polygon", coordinates: [[[1], [2], [3], [1]]] },
      "geometry_bad_nesting",
      { type: "Polygon", path: "coordinates[0][0]" },
    ],
    [
      "a number written as text",
      { type: "Polygon", coordinates: [[[-4.5, "48.4"], ...square.slice(1)]] },
      "coordinate_not_number",
      { path: "coordinates[0][0]" },
    ],
    [
      "a ring of three positions",
      { type: "Polygon", coordinates: [square.slice(0, 3)] },
      "ring_too_short",
      { path: "coordinates[0]", positions: 3 },
    ],
    [
      "an open ring",
      { type: "Polygon", coordinates: [square.slice(0, 4)] },
      "ring_not_closed",
      { path: "coordinates[0]" },
    ],
    [
      "a position in neither system",
      { type: "Polygon", coordinates: [[[5000, 5000], ...square.slice(1)]] },
      "coordinate_out_of_range",
      { path: "coordinates[0][0]", x: 5000, y: 5000 },
    ],
    [
      "degrees and metres mixed",
      { type: "Polygon", coordinates: [[...lambert.slice(0, 3), [2.35, 48.85], lambert[0]]] },
      "coordinate_mixed_crs",
      { path: "coordinates[0][3]", x: 2.35, y: 48.85, crs: "Lambert-93" },
    ],
  ])("refuses %s", (_, geometry, code, params) => {
    expect(checkGeometry(geometry)).toEqual({ ok: false, code, params });
  });

  it("refuses infinite numbers (as a parser gives for 1e999)", () => {
    const ring = [[Number.POSITIVE_INFINITY, 48.4], ...square.slice(1)];
    expect(checkGeometry({ type: "Polygon", coordinates: [ring] })).toMatchObject({
      ok: false,
      code: "coordinate_not_number",
    });
  });
});
