import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import type { PolygonGeometry } from "../db/schema/geo.ts";
import { bureauResults, bureaux } from "../db/schema/index.ts";
import { checkGeometry } from "../import/geo/check-geometry.ts";
import { findTransferResult } from "./find-analysis.ts";
import { listElectionIds } from "./load-election.ts";

export interface BureauProperties {
  code: string;
  name: string | null;
  /** The election the figures come from (the analysis's `to`, else the latest). */
  election: string | null;
  inscrits: number | null;
  turnout: number | null;
  ourScore: number | null;
  mobilisation: number | null;
  persuasion: number | null;
  priority: number | null;
  priorityLower: number | null;
  priorityUpper: number | null;
  rank: number | null;
}

/**
 * A contour with its coordinates rounded to `digits` decimals of a degree (5: about 1 m,
 * finer than a map of bureaux or IRIS can show) and the points that rounding made equal to
 * their predecessor dropped. It shrinks the map's GeoJSON (the 1,000-bureau benchmark commune
 * sends 17-digit coordinates) without any visible change; MapLibre simplifies further per
 * zoom level on its own (geojson-vt), so no line simplification is done here. A ring that
 * would fall under four positions is kept unmerged. A stored geometry that is not a valid
 * WGS84 contour (checkGeometry) gives null, so one bad row leaves its bureau undrawn instead
 * of failing the whole map.
 */
export function roundGeometry(stored: PolygonGeometry, digits = 5): PolygonGeometry | null {
  const checked = checkGeometry(stored);
  if (!checked.ok || checked.crs !== "WGS84") return null;
  const geometry = checked.geometry;
  const k = 10 ** digits;
  const ring = (positions: number[][]): number[][] => {
    const rounded = positions.map((p) => [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k]);
    const merged = rounded.filter(
      (p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1],
    );
    return merged.length >= 4 ? merged : rounded;
  };
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: (geometry.coordinates as number[][][]).map(ring) }
    : {
        type: "MultiPolygon",
        coordinates: (geometry.coordinates as number[][][][]).map((polygon) => polygon.map(ring)),
      };
}

export interface BureauxMap {
  type: "FeatureCollection";
  analysisId: string | null;
  features: { type: "Feature"; id: string; geometry: PolygonGeometry | null; properties: BureauProperties }[];
}

/**
 * The campaign's bureaux as a GeoJSON FeatureCollection (WGS84) for a choropleth: polygons
 * and flat numeric properties (priority = expected votes per door) from the given transfer
 * analysis, else the latest done one; without any analysis, the latest election's turnout.
 */
export async function getBureauxMap(db: Db, campaignId: string, jobId?: string): Promise<BureauxMap> {
  const found = await findTransferResult(db, campaignId, jobId);
  const ids = await listElectionIds(db, campaignId);
  const election = found?.result.to.id ?? ids.at(-1) ?? null;
  const rows = await db
    .select()
    .from(bureaux)
    .where(eq(bureaux.campaignId, campaignId))
    .orderBy(bureaux.code);
  const results = election
    ? await db.select().from(bureauResults).where(eq(bureauResults.campaignId, campaignId))
    : [];
  const figures = new Map(results.filter((r) => r.electionId === election).map((r) => [r.bureauCode, r]));
  const scores = new Map((found?.result.bureaux ?? []).map((b) => [b.code, b]));
  return {
    type: "FeatureCollection",
    analysisId: found?.job.id ?? null,
    features: rows.map((b) => {
      const f = figures.get(b.code);
      const s = scores.get(b.code);
      return {
        type: "Feature",
        id: b.code,
        geometry: b.geometry ? roundGeometry(b.geometry) : null,
        properties: {
          code: b.code,
          name: b.label,
          election: f ? election : null,
          inscrits: f?.inscrits ?? null,
          turnout: f && f.inscrits > 0 ? f.votants / f.inscrits : null,
          ourScore: s?.ourScore ?? null,
          mobilisation: s?.mobilisation.value ?? null,
          persuasion: s?.persuasion.value ?? null,
          priority: s?.gainPerDoor.value ?? null,
          priorityLower: s?.gainPerDoor.lower ?? null,
          priorityUpper: s?.gainPerDoor.upper ?? null,
          rank: s?.rank ?? null,
        },
      };
    }),
  };
}
