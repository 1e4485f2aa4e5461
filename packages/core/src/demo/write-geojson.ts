import type { DemoModel } from "./build-model.ts";
import { DEMO_COMMUNE_NAME, DEMO_DEPARTEMENT, DEMO_TERRITORY } from "./options.ts";
import { gridVertexToLonLat } from "./project.ts";
import type { Region } from "./regions.ts";

type Position = [number, number];

/** A region's outline as a GeoJSON Polygon or MultiPolygon in WGS84 (closed rings). */
export function regionGeometry(
  region: Region,
  gridWidth: number,
): { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] } {
  const polygons = region.polygons.map((rings) =>
    rings.map((ring) => {
      const coords = ring.map(([x, y]) => gridVertexToLonLat(x, y, gridWidth));
      coords.push(coords[0]);
      return coords;
    }),
  );
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] }
    : { type: "MultiPolygon", coordinates: polygons };
}

const CRS84 = { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } };

/**
 * Bureau contours in the schema of the national file derived from the register
 * (codeDepartement … codeBureauVote, id_bv), plus `llieu`, the polling place, as Brest
 * publishes it.
 */
export function writeBureauContours(model: DemoModel): Buffer {
  const features = model.bureaux.map((b) => ({
    type: "Feature",
    properties: {
      codeDepartement: DEMO_DEPARTEMENT.code,
      nomDepartement: DEMO_DEPARTEMENT.name,
      codeCirconscription: `${DEMO_DEPARTEMENT.code}06`,
      nomCirconscription: "6ème circonscription",
      codeCommune: DEMO_TERRITORY,
      nomCommune: DEMO_COMMUNE_NAME,
      numeroBureauVote: b.number,
      codeBureauVote: b.code,
      id_bv: `${DEMO_TERRITORY}_${Number(b.number)}`,
      llieu: b.name,
    },
    geometry: regionGeometry(b, model.grid.width),
  }));
  return Buffer.from(
    JSON.stringify({ type: "FeatureCollection", name: "contours-bureaux-de-vote", crs: CRS84, features }),
    "utf8",
  );
}

/** IRIS contours with IGN's CONTOURS-IRIS properties (INSEE_COM, NOM_COM, IRIS, CODE_IRIS, NOM_IRIS, TYP_IRIS). */
export function writeIrisContours(model: DemoModel): Buffer {
  const features = model.iris.map((r) => ({
    type: "Feature",
    properties: {
      INSEE_COM: DEMO_TERRITORY,
      NOM_COM: DEMO_COMMUNE_NAME,
      IRIS: r.number,
      CODE_IRIS: r.code,
      NOM_IRIS: r.name,
      TYP_IRIS: "H",
    },
    geometry: regionGeometry(r, model.grid.width),
  }));
  return Buffer.from(
    JSON.stringify({ type: "FeatureCollection", name: "contours-iris", crs: CRS84, features }),
    "utf8",
  );
}
