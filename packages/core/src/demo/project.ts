import proj4 from "proj4";
import { CELL_METRES, DEMO_CENTRE } from "./options.ts";

const LAMBERT93 =
  "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
const toL93 = proj4("WGS84", LAMBERT93);
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((DEMO_CENTRE.lat * Math.PI) / 180);

/**
 * Local metres (east, north of the centre) to WGS84 by an equirectangular mapping: linear,
 * so a tiling in metres stays an exact tiling in degrees (distortion < 0.1 % over a commune).
 */
export function toLonLat(x: number, y: number, digits = 7): [number, number] {
  const f = 10 ** digits;
  return [
    Math.round((DEMO_CENTRE.lon + x / M_PER_DEG_LON) * f) / f,
    Math.round((DEMO_CENTRE.lat + y / M_PER_DEG_LAT) * f) / f,
  ];
}

/** A grid vertex (gx, gy) of a grid of the given width to WGS84. */
export function gridVertexToLonLat(gx: number, gy: number, gridWidth: number): [number, number] {
  const half = gridWidth / 2;
  return toLonLat((gx - half) * CELL_METRES, (gy - half) * CELL_METRES);
}

/** WGS84 to Lambert-93 (EPSG:2154), metres rounded to the centimetre, as the BAN gives them. */
export function toLambert93(lon: number, lat: number): [number, number] {
  const [x, y] = toL93.forward([lon, lat]);
  return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
}
