import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { electionCandidates, elections } from "../db/schema/index.ts";

export interface ElectionListItem {
  id: string;
  label: string;
  kind: string;
  year: number;
  round: number;
  lists: { key: string; label: string; nuance: string | null }[];
}

/** The campaign's elections in time order, each with its lists and their nuances (to choose "our side"). */
export async function listElections(db: Db, campaignId: string): Promise<ElectionListItem[]> {
  const es = await db
    .select()
    .from(elections)
    .where(eq(elections.campaignId, campaignId))
    .orderBy(asc(elections.year), asc(elections.round), asc(elections.id));
  const cs = await db
    .select()
    .from(electionCandidates)
    .where(eq(electionCandidates.campaignId, campaignId))
    .orderBy(asc(electionCandidates.panel), asc(electionCandidates.key));
  return es.map((e) => ({
    id: e.id,
    label: e.label,
    kind: e.kind,
    year: e.year,
    round: e.round,
    lists: cs
      .filter((c) => c.electionId === e.id)
      .map((c) => ({
        key: c.key,
        label: c.firstName ? `${c.firstName} ${c.name}` : c.name,
        nuance: c.nuance,
      })),
  }));
}
