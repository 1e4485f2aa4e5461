import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import type { PolygonGeometry } from "../db/schema/geo.ts";
import { bureauResults, bureaux } from "../db/schema/index.ts";
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
        geometry: b.geometry ?? null,
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
