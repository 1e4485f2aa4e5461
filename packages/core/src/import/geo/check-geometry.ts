import type { PolygonGeometry } from "../../db/schema/geo.ts";
import type { ImportIssueCode, IssueParams } from "../import-messages.ts";

/** The coordinate systems contour files come in: degrees (WGS84) or Lambert-93 metres. */
export type Crs = "WGS84" | "Lambert-93";

/** A geometry found well-formed (positions kept as [x, y]), or what is wrong with it and where. */
export type GeometryCheck =
  | { ok: true; geometry: PolygonGeometry; crs: Crs }
  | { ok: false; code: ImportIssueCode; params: IssueParams };

type Range = { x: [number, number]; y: [number, number] };

/**
 * Ranges accepted per system: WGS84 degrees, and Lambert-93 (EPSG:2154) metres around its
 * published bounds for metropolitan France and Corsica (x −378 306 to 1 212 611, y 6 093 283
 * to 7 186 902), with a margin.
 */
const RANGES: Record<Crs, Range> = {
  WGS84: { x: [-180, 180], y: [-90, 90] },
  "Lambert-93": { x: [-400_000, 1_300_000], y: [6_000_000, 7_300_000] },
};

const inRange = (r: Range, x: number, y: number): boolean =>
  x >= r.x[0] && x <= r.x[1] && y >= r.y[0] && y <= r.y[1];

class Problem extends Error {
  constructor(
    readonly code: ImportIssueCode,
    readonly params: IssueParams,
  ) {
    super(code);
  }
}

const at = (path: string, i: number): string => `${path}[${i}]`;

function arrayAt(value: unknown, path: string, type: string, allowEmpty: boolean): unknown[] {
  if (!Array.isArray(value)) throw new Problem("geometry_bad_nesting", { type, path });
  if (!allowEmpty && value.length === 0) throw new Problem("geometry_empty", { path });
  return value;
}

/** Checks a polygon's rings and returns them as [x, y] positions; `crs` is fixed by the first position seen. */
function checkRings(value: unknown, path: string, type: string, system: { crs: Crs | null }): number[][][] {
  return arrayAt(value, path, type, false).map((ringValue, r) => {
    const ringPath = at(path, r);
    const ring = arrayAt(ringValue, ringPath, type, true);
    const positions = ring.map((positionValue, p) => {
      const positionPath = at(ringPath, p);
      const position = arrayAt(positionValue, positionPath, type, true);
      if (position.length < 2) throw new Problem("geometry_bad_nesting", { type, path: positionPath });
      for (const c of position) {
        if (Array.isArray(c)) throw new Problem("geometry_bad_nesting", { type, path: positionPath });
        if (typeof c !== "number" || !Number.isFinite(c))
          throw new Problem("coordinate_not_number", { path: positionPath });
      }
      const [x, y] = position as number[];
      if (system.crs === null) {
        system.crs = inRange(RANGES.WGS84, x, y)
          ? "WGS84"
          : inRange(RANGES["Lambert-93"], x, y)
            ? "Lambert-93"
            : null;
        if (system.crs === null) throw new Problem("coordinate_out_of_range", { path: positionPath, x, y });
      } else if (!inRange(RANGES[system.crs], x, y)) {
        throw new Problem("coordinate_mixed_crs", { path: positionPath, x, y, crs: system.crs });
      }
      return [x, y];
    });
    if (ring.length < 4) throw new Problem("ring_too_short", { path: ringPath, positions: ring.length });
    const first = positions[0];
    const last = positions[positions.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1])
      throw new Problem("ring_not_closed", { path: ringPath });
    return positions;
  });
}

/**
 * Checks a contour's GeoJSON geometry before anything is written: a Polygon or MultiPolygon
 * object, coordinates nested exactly as its type says (no deeper, no shallower, no empty
 * polygon), rings of at least four positions whose last repeats the first, positions of
 * finite numbers, all in one system's range (WGS84 degrees, or Lambert-93 metres, told
 * apart by the first position). Iterative over a fixed depth, so a hostile nesting cannot
 * exhaust the stack. Extra dimensions (elevation) are dropped.
 */
export function checkGeometry(value: unknown): GeometryCheck {
  if (value === null || value === undefined) return { ok: false, code: "feature_no_geometry", params: {} };
  const g = value as { type?: unknown; coordinates?: unknown };
  if (typeof value !== "object" || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
    return { ok: false, code: "feature_not_polygon", params: {} };
  }
  const system: { crs: Crs | null } = { crs: null };
  try {
    if (g.type === "Polygon") {
      const coordinates = checkRings(g.coordinates, "coordinates", g.type, system);
      return { ok: true, geometry: { type: "Polygon", coordinates }, crs: system.crs ?? "WGS84" };
    }
    const coordinates = arrayAt(g.coordinates, "coordinates", g.type, false).map((polygon, i) =>
      checkRings(polygon, at("coordinates", i), g.type as string, system),
    );
    return { ok: true, geometry: { type: "MultiPolygon", coordinates }, crs: system.crs ?? "WGS84" };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, code: error.code, params: error.params };
    throw error;
  }
}
