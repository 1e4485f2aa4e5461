import type { PolygonGeometry } from "../../db/schema/geo.ts";
import type { FileIssues } from "../issues.ts";
import { checkGeometry } from "./check-geometry.ts";
import {
  BUREAU_KEYS,
  type ContourKind,
  contourKindOf,
  featureLabel,
  IRIS_KEYS,
  pick,
  readFeatureCode,
} from "./read-feature-code.ts";
import { reprojectGeometry } from "./reproject.ts";
import { GeoJsonShapeError, streamFeatures } from "./stream-features.ts";

/** A contour read from GeoJSON: bureau or IRIS code, commune, label and WGS84 geometry. */
export interface Contour {
  code: string;
  communeCode: string;
  label: string | null;
  geometry: PolygonGeometry;
}

export interface ContourFile {
  kind: ContourKind;
  /** The contours of the territory (multi-part features merged). */
  contours: Contour[];
  /** Features of communes outside the territory, skipped. */
  skipped: number;
  reprojected: boolean;
}

export interface ReadContoursOptions {
  /** The commune of a commune campaign: the default of files that give only a bureau number. */
  defaultCommune: string | null;
  /** Whether a commune lies in the campaign's territory; features of other communes are counted and skipped. */
  inTerritory: (communeCode: string) => boolean;
  /** Bytes read of the file's size, and features seen: for progress bars. */
  onBytes?: (bytes: number, size: number, features: number) => void;
}

type Props = Record<string, unknown>;

const isObject = (v: unknown): v is Props => typeof v === "object" && v !== null && !Array.isArray(v);

/** Merges parts of the same bureau or IRIS (multi-part features) into one MultiPolygon. */
function merge(a: PolygonGeometry, b: PolygonGeometry): PolygonGeometry {
  const parts = (g: PolygonGeometry): number[][][][] =>
    g.type === "Polygon" ? [g.coordinates as number[][][]] : (g.coordinates as number[][][][]);
  return { type: "MultiPolygon", coordinates: [...parts(a), ...parts(b)] };
}

/**
 * Reads a GeoJSON file of bureau or IRIS contours, streamed (streamFeatures: one feature in
 * memory at a time, the event loop free between slices): recognises which from the
 * properties (`codeBureauVote`, `BVOTE` + `DEPCO`, `id_bv` / `CODE_IRIS`, `DCOMIRIS`),
 * checks every feature's geometry (checkGeometry: each problem an error naming the feature
 * by number and code), reprojects Lambert-93 to WGS84 with proj4, keeps the territory's
 * features and merges multi-part features sharing a code. Errors give the feature number
 * as the line. Null when the file has errors (nothing is to be written).
 */
export async function readContours(
  path: string,
  issues: FileIssues,
  options: ReadContoursOptions,
): Promise<ContourFile | null> {
  const byCode = new Map<string, Contour>();
  let kind: ContourKind | null = null;
  let skipped = 0;
  let reprojected = false;
  const onFeature = (feature: unknown, index: number): boolean => {
    if (!isObject(feature)) {
      issues.error(index, "feature", "feature_not_object", { feature: index });
      return true;
    }
    const p = isObject(feature.properties) ? feature.properties : {};
    kind ??= contourKindOf(p);
    if (!kind) {
      issues.error(index, "properties", "geojson_not_recognised", {
        bureauKeys: BUREAU_KEYS.join(", "),
        irisKeys: IRIS_KEYS.join(", "),
      });
      return false;
    }
    const id = readFeatureCode(kind, p, options.defaultCommune);
    const name = featureLabel(index, id?.code ?? feature.id);
    const checked = checkGeometry(feature.geometry);
    if (!checked.ok) {
      issues.error(index, "geometry", checked.code, { ...checked.params, feature: name });
      return true;
    }
    if (!id) {
      const column = kind === "bureau-contours" ? "BVOTE" : "CODE_IRIS";
      issues.error(index, column, "feature_no_code", { feature: name });
      return true;
    }
    if (!options.inTerritory(id.commune)) {
      skipped++;
      return true;
    }
    if (issues.errorCount > 0) return true; // nothing will be written: keep no geometry
    let geometry = checked.geometry;
    if (checked.crs === "Lambert-93") {
      geometry = reprojectGeometry(geometry);
      reprojected = true;
    }
    const label = pick(p, ["llieu", "LLIEU", "TITRE", "NOM_IRIS", "nom_iris", "name", "LIBIRIS"]);
    const existing = byCode.get(id.code);
    byCode.set(
      id.code,
      existing
        ? { ...existing, geometry: merge(existing.geometry, geometry) }
        : { code: id.code, communeCode: id.commune, label, geometry },
    );
    return true;
  };
  try {
    const read = await streamFeatures(path, onFeature, options.onBytes);
    if (read.count === 0 || (issues.errorCount === 0 && read.rootType !== "FeatureCollection")) {
      issues.error(1, "features", "not_feature_collection");
    }
  } catch (error) {
    if (!(error instanceof GeoJsonShapeError)) throw error;
    issues.error(error.line, 1, error.code, error.params);
  }
  if (issues.errorCount > 0 || !kind) return null;
  return { kind, contours: [...byCode.values()], skipped, reprojected };
}
