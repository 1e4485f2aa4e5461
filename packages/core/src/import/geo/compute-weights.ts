import { area } from "@turf/area";
import { featureCollection, feature as toFeature } from "@turf/helpers";
import { intersect } from "@turf/intersect";
import type { MultiPolygon, Polygon } from "geojson";
import { bbox, type CodedPolygon, createPolygonIndex } from "./polygon-index.ts";

/** One cell of the IRIS × bureau matrix. */
export interface WeightCell {
  irisCode: string;
  bureauCode: string;
  amount: number;
  shareOfIris: number;
  shareOfBureau: number;
}

/** Turns raw cell amounts into shares of each IRIS and of each bureau (each sums to 1). */
export function normaliseCells(
  cells: Map<string, { irisCode: string; bureauCode: string; amount: number }>,
): WeightCell[] {
  const irisTotal = new Map<string, number>();
  const bureauTotal = new Map<string, number>();
  for (const c of cells.values()) {
    irisTotal.set(c.irisCode, (irisTotal.get(c.irisCode) ?? 0) + c.amount);
    bureauTotal.set(c.bureauCode, (bureauTotal.get(c.bureauCode) ?? 0) + c.amount);
  }
  return [...cells.values()]
    .filter((c) => c.amount > 0)
    .map((c) => ({
      ...c,
      shareOfIris: c.amount / (irisTotal.get(c.irisCode) ?? 1),
      shareOfBureau: c.amount / (bureauTotal.get(c.bureauCode) ?? 1),
    }));
}

/**
 * IRIS × bureau weights from located addresses: each cell holds the addresses (weighted by
 * the dwellings they stand for) that lie in that IRIS and that bureau.
 */
export function weightsFromAddresses(
  points: { irisCode: string | null; bureauCode: string | null; count: number }[],
): WeightCell[] {
  const cells = new Map<string, { irisCode: string; bureauCode: string; amount: number }>();
  for (const p of points) {
    if (!p.irisCode || !p.bureauCode) continue;
    const key = `${p.irisCode}|${p.bureauCode}`;
    const cell = cells.get(key) ?? { irisCode: p.irisCode, bureauCode: p.bureauCode, amount: 0 };
    cell.amount += p.count;
    cells.set(key, cell);
  }
  return normaliseCells(cells);
}

/**
 * IRIS × bureau weights from polygon overlaps: each cell holds the area (m², geodesic, turf)
 * of the intersection of an IRIS and a bureau; candidate pairs come from a flatbush index on
 * the bureaux' bounding boxes. Cost: one polygon clipping per pair of touching boxes.
 */
export function weightsFromAreas(irisPolygons: CodedPolygon[], bureauPolygons: CodedPolygon[]): WeightCell[] {
  const index = createPolygonIndex(bureauPolygons);
  const cells = new Map<string, { irisCode: string; bureauCode: string; amount: number }>();
  for (const iris of irisPolygons) {
    for (const bureau of index.touching(bbox(iris.geometry))) {
      const shape = intersect(
        featureCollection([
          toFeature(iris.geometry as Polygon | MultiPolygon),
          toFeature(bureau.geometry as Polygon | MultiPolygon),
        ]),
      );
      if (!shape) continue;
      const amount = area(shape);
      if (amount > 0)
        cells.set(`${iris.code}|${bureau.code}`, { irisCode: iris.code, bureauCode: bureau.code, amount });
    }
  }
  return normaliseCells(cells);
}
