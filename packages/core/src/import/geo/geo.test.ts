import { describe, expect, it } from "vitest";
import type { PolygonGeometry } from "../../db/schema/geo.ts";
import { weightsFromAddresses, weightsFromAreas } from "./compute-weights.ts";
import { createPolygonIndex } from "./polygon-index.ts";
import { lambert93ToWgs84 } from "./reproject.ts";

const rect = (x0: number, y0: number, x1: number, y1: number): PolygonGeometry => ({
  type: "Polygon",
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

// Two IRIS stacked north–south, two bureaux side by side west–east: four cells of 0.01°.
const IRIS = [
  { code: "A", geometry: rect(-4.5, 48.4, -4.48, 48.41) },
  { code: "B", geometry: rect(-4.5, 48.41, -4.48, 48.42) },
];
const BUREAUX = [
  { code: "X", geometry: rect(-4.5, 48.4, -4.49, 48.42) },
  { code: "Y", geometry: rect(-4.49, 48.4, -4.48, 48.42) },
];
/** Exact area of a longitude–latitude cell on turf's sphere: R² Δλ (sin φ2 − sin φ1). */
const R = 6371008.8;
const cellArea = (lat0: number, lat1: number, dLon: number): number =>
  R * R * ((dLon * Math.PI) / 180) * (Math.sin((lat1 * Math.PI) / 180) - Math.sin((lat0 * Math.PI) / 180));

describe("geography", () => {
  it("reprojects Lambert-93 to WGS84 (origin of the projection, and a BAN address given in both)", () => {
    const [lon0, lat0] = lambert93ToWgs84(700000, 6600000);
    expect(lon0).toBeCloseTo(3, 9);
    expect(lat0).toBeCloseTo(46.5, 9);
    // BAN Bondy, 1 allée Marguerite Duras: x 662524.1, y 6866064.08 ↔ lon 2.488881, lat 48.893494.
    const [lon, lat] = lambert93ToWgs84(662524.1, 6866064.08);
    expect(lon).toBeCloseTo(2.488881, 5);
    expect(lat).toBeCloseTo(48.893494, 5);
  });

  it("locates points in polygons, and none outside", () => {
    const index = createPolygonIndex(BUREAUX);
    expect(index.locate(-4.495, 48.41)).toBe("X");
    expect(index.locate(-4.485, 48.405)).toBe("Y");
    expect(index.locate(-4.3, 48.41)).toBeNull();
  });

  it("weights by overlap areas equal the exact cell areas", () => {
    const cells = weightsFromAreas(IRIS, BUREAUX);
    expect(cells).toHaveLength(4);
    const cell = (i: string, b: string) => cells.find((c) => c.irisCode === i && c.bureauCode === b)!;
    expect(cell("A", "X").amount / cellArea(48.4, 48.41, 0.01)).toBeCloseTo(1, 6);
    expect(cell("B", "Y").amount / cellArea(48.41, 48.42, 0.01)).toBeCloseTo(1, 6);
    expect(cell("A", "X").shareOfIris).toBeCloseTo(0.5, 9);
    const southShare = cellArea(48.4, 48.41, 0.01) / cellArea(48.4, 48.42, 0.01);
    expect(cell("A", "Y").shareOfBureau).toBeCloseTo(southShare, 9);
    for (const b of ["X", "Y"]) {
      const sum = cells.filter((c) => c.bureauCode === b).reduce((s, c) => s + c.shareOfBureau, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it("weights by addresses count dwellings per cell", () => {
    const cells = weightsFromAddresses([
      { irisCode: "A", bureauCode: "X", count: 2 },
      { irisCode: "A", bureauCode: "X", count: 1 },
      { irisCode: "A", bureauCode: "Y", count: 1 },
      { irisCode: "B", bureauCode: "Y", count: 2 },
      { irisCode: null, bureauCode: "Y", count: 5 },
    ]);
    const cell = (i: string, b: string) => cells.find((c) => c.irisCode === i && c.bureauCode === b)!;
    expect(cell("A", "X")).toEqual({
      irisCode: "A",
      bureauCode: "X",
      amount: 3,
      shareOfIris: 0.75,
      shareOfBureau: 1,
    });
    expect(cell("A", "Y").shareOfIris).toBe(0.25);
    expect(cell("A", "Y").shareOfBureau).toBeCloseTo(1 / 3, 12);
    expect(cell("B", "Y").shareOfBureau).toBeCloseTo(2 / 3, 12);
  });
});
