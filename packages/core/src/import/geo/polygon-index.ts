import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import Flatbush from "flatbush";
import type { PolygonGeometry } from "../../db/schema/geo.ts";

export interface CodedPolygon {
  code: string;
  geometry: PolygonGeometry;
}

/** Finds which polygon holds a point, and which polygons a box touches. */
export interface PolygonIndex {
  locate(lon: number, lat: number): string | null;
  touching(box: [number, number, number, number]): CodedPolygon[];
}

/** Bounding box [minX, minY, maxX, maxY] of a polygon or multipolygon. */
export function bbox(geometry: PolygonGeometry): [number, number, number, number] {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates as number[][][]]
      : (geometry.coordinates as number[][][][]);
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Indexes polygons by their bounding boxes in a static R-tree (flatbush) so that locating a
 * point costs a tree search plus an exact point-in-polygon test (turf) on the few polygons
 * whose box holds it. When polygons overlap, the first one listed wins.
 */
export function createPolygonIndex(polygons: CodedPolygon[]): PolygonIndex {
  if (polygons.length === 0) return { locate: () => null, touching: () => [] };
  const index = new Flatbush(polygons.length);
  for (const p of polygons) index.add(...bbox(p.geometry));
  index.finish();
  return {
    locate(lon, lat) {
      const hits = index.search(lon, lat, lon, lat).sort((a, b) => a - b);
      for (const i of hits) {
        if (booleanPointInPolygon([lon, lat], polygons[i].geometry as never)) return polygons[i].code;
      }
      return null;
    },
    touching([minX, minY, maxX, maxY]) {
      return index.search(minX, minY, maxX, maxY).map((i) => polygons[i]);
    },
  };
}
