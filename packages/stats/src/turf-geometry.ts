import { type LonLat, TURF_DEFAULTS, type WalkDistance, type WalkSettings } from "./turf-types.ts";

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/**
 * Walking distance in metres under the settings: the caller's routing function when given,
 * else the metric distance × the detour factor. 'straight' is the equirectangular
 * approximation of the great-circle distance (Snyder 1987, "Map projections", p. 90: at city
 * scale, under a few km, it differs from haversine by < 0.1 %); 'manhattan' sums the east-west
 * and north-south legs, a grid-street model (Krause 1973, "Taxicab geometry").
 * Assumptions: no road graph (a detour factor of 1.2–1.4 is typical of European street networks,
 * Levinson & El-Geneidy 2009). Cost: O(1).
 */
export function walkDistance(settings: WalkSettings = {}): WalkDistance {
  if (settings.distance) return settings.distance;
  const detour = settings.detour ?? TURF_DEFAULTS.detour;
  const manhattan = (settings.metric ?? TURF_DEFAULTS.metric) === "manhattan";
  return (a: LonLat, b: LonLat) => {
    const dx = (b.lon - a.lon) * RAD * Math.cos(((a.lat + b.lat) / 2) * RAD) * EARTH_RADIUS_M;
    const dy = (b.lat - a.lat) * RAD * EARTH_RADIUS_M;
    return detour * (manhattan ? Math.abs(dx) + Math.abs(dy) : Math.hypot(dx, dy));
  };
}

/**
 * Local planar coordinates in metres (equirectangular around a reference latitude), for the
 * bisection's bounding boxes and medians. Cost: O(1).
 */
export function projectMeters(p: LonLat, refLat: number): { x: number; y: number } {
  return {
    x: p.lon * RAD * Math.cos(refLat * RAD) * EARTH_RADIUS_M,
    y: p.lat * RAD * EARTH_RADIUS_M,
  };
}

/** Plain code-unit string order (locale-free, hence the same on every machine). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Natural order of labels ("2" < "10" < "10 bis" < "A"): digits compare as numbers.
 * Used for house numbers, entrances and doors. Cost: O(length).
 */
export function compareNatural(a: string, b: string): number {
  const ra = /^(\d+)(.*)$/.exec(a.trim());
  const rb = /^(\d+)(.*)$/.exec(b.trim());
  if (ra && rb) {
    const d = Number(ra[1]) - Number(rb[1]);
    return d !== 0 ? d : compareIds(ra[2].trim(), rb[2].trim());
  }
  if (ra) return -1;
  if (rb) return 1;
  return compareIds(a, b);
}

/** The numeric part of a house number (NaN when it has none), for odd/even sides. */
export function houseNumber(label: string): number {
  const m = /^\s*(\d+)/.exec(label);
  return m ? Number(m[1]) : Number.NaN;
}
