import proj4 from "proj4";
import type { PolygonGeometry } from "../../db/schema/geo.ts";

/** Lambert-93 (EPSG:2154), the projection of IGN and INSEE files. */
const LAMBERT_93 =
  "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs";

const toWgs84 = proj4(LAMBERT_93, "WGS84");

/** Lambert-93 metres to WGS84 [longitude, latitude] (proj4). */
export function lambert93ToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = toWgs84.forward([x, y]);
  return [lon, lat];
}

function mapRings(rings: number[][][]): number[][][] {
  return rings.map((ring) => ring.map(([x, y]) => lambert93ToWgs84(x, y)));
}

/** A Lambert-93 polygon or multipolygon reprojected to WGS84. */
export function reprojectGeometry(geometry: PolygonGeometry): PolygonGeometry {
  if (geometry.type === "Polygon") {
    return { type: "Polygon", coordinates: mapRings(geometry.coordinates as number[][][]) };
  }
  return { type: "MultiPolygon", coordinates: (geometry.coordinates as number[][][][]).map(mapRings) };
}
