import { readFile } from "node:fs/promises";
import type { PolygonGeometry } from "../../db/schema/geo.ts";
import type { FileIssues } from "../issues.ts";
import { normaliseBureauCode, normaliseCommuneCode } from "../results/bureau-code.ts";
import { looksProjected, reprojectGeometry } from "./reproject.ts";

/** A contour read from GeoJSON: bureau or IRIS code, commune, label and WGS84 geometry. */
export interface Contour {
  code: string;
  communeCode: string;
  label: string | null;
  geometry: PolygonGeometry;
}

export interface ContourFile {
  kind: "bureau-contours" | "iris-contours";
  contours: Contour[];
  reprojected: boolean;
}

type Props = Record<string, unknown>;

const pick = (p: Props, names: string[]): string | null => {
  for (const name of names) {
    const v = p[name];
    if (v !== undefined && v !== null && String(v).trim() !== "") return String(v).trim();
  }
  return null;
};

const BUREAU_KEYS = ["codeBureauVote", "code_bv", "id_bv", "BVOTE", "numeroBureauVote", "bureau"];
const IRIS_KEYS = ["CODE_IRIS", "code_iris", "DCOMIRIS", "dcomiris", "IRIS"];
const COMMUNE_KEYS = ["codeCommune", "code_commune", "DEPCO", "INSEE_COM", "insee_com", "depcom", "DEPCOM"];

function bureauCode(p: Props, defaultCommune: string | null): { code: string; commune: string } | null {
  const full = pick(p, ["codeBureauVote", "code_bv", "id_bv"]);
  if (full?.includes("_")) {
    const code = normaliseBureauCode("", full);
    return { code, commune: code.slice(0, code.indexOf("_")) };
  }
  const number = pick(p, ["BVOTE", "numeroBureauVote", "bureau"]);
  const commune = pick(p, COMMUNE_KEYS) ?? defaultCommune;
  if (!number || !commune) return null;
  const c = normaliseCommuneCode(commune);
  return { code: normaliseBureauCode(c, number), commune: c };
}

function irisCode(p: Props): string | null {
  const raw = pick(p, IRIS_KEYS);
  if (!raw) return null;
  const code = raw.padStart(9, "0");
  if (code.length === 9) return code;
  const commune = pick(p, COMMUNE_KEYS);
  return commune ? normaliseCommuneCode(commune) + raw.padStart(4, "0") : null;
}

/** Merges parts of the same bureau or IRIS (multi-part features) into one MultiPolygon. */
function merge(a: PolygonGeometry, b: PolygonGeometry): PolygonGeometry {
  const parts = (g: PolygonGeometry): number[][][][] =>
    g.type === "Polygon" ? [g.coordinates as number[][][]] : (g.coordinates as number[][][][]);
  return { type: "MultiPolygon", coordinates: [...parts(a), ...parts(b)] };
}

/**
 * Reads a GeoJSON file of bureau or IRIS contours: recognises which from the properties
 * (`codeBureauVote`, `BVOTE` + `DEPCO`, `id_bv` / `CODE_IRIS`, `DCOMIRIS`), reprojects
 * Lambert-93 coordinates to WGS84 with proj4, and merges multi-part features sharing a
 * code. Errors name the feature number as the line. The whole file is read in memory.
 */
export async function readContours(
  path: string,
  issues: FileIssues,
  defaultCommune: string | null,
): Promise<ContourFile | null> {
  let data: { type?: string; features?: { properties?: Props; geometry?: PolygonGeometry | null }[] };
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    issues.error(1, 1, "invalid_json", { detail: (error as Error).message });
    return null;
  }
  const features = data.features;
  if (data.type !== "FeatureCollection" || !Array.isArray(features) || features.length === 0) {
    issues.error(1, "features", "not_feature_collection");
    return null;
  }
  const first = features[0].properties ?? {};
  const kind = BUREAU_KEYS.some((k) => k in first)
    ? "bureau-contours"
    : IRIS_KEYS.some((k) => k in first)
      ? "iris-contours"
      : null;
  if (!kind) {
    issues.error(1, "properties", "geojson_not_recognised", {
      bureauKeys: BUREAU_KEYS.join(", "),
      irisKeys: IRIS_KEYS.join(", "),
    });
    return null;
  }
  const byCode = new Map<string, Contour>();
  let reprojected = false;
  features.forEach((feature, index) => {
    const p = feature.properties ?? {};
    const g = feature.geometry;
    const line = index + 1;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
      issues.error(line, "geometry", "feature_not_polygon", { feature: line });
      return;
    }
    let geometry = g;
    const probe = (g.type === "Polygon" ? g.coordinates[0][0] : g.coordinates[0][0][0]) as number[];
    if (looksProjected(probe[0], probe[1])) {
      geometry = reprojectGeometry(g);
      reprojected = true;
    }
    const id = kind === "bureau-contours" ? bureauCode(p, defaultCommune) : null;
    const code = kind === "bureau-contours" ? id?.code : irisCode(p);
    if (!code) {
      issues.error(line, kind === "bureau-contours" ? "BVOTE" : "CODE_IRIS", "feature_no_code", {
        feature: line,
      });
      return;
    }
    const communeCode = id?.commune ?? code.slice(0, 5);
    const label = pick(p, ["llieu", "LLIEU", "TITRE", "NOM_IRIS", "nom_iris", "name", "LIBIRIS"]);
    const existing = byCode.get(code);
    byCode.set(
      code,
      existing
        ? { ...existing, geometry: merge(existing.geometry, geometry) }
        : { code, communeCode, label, geometry },
    );
  });
  return { kind, contours: [...byCode.values()], reprojected };
}
