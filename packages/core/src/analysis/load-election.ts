import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { bureauResults, bureauVotes, electionCandidates, elections } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

/** The three options every election has besides its lists, as the Ministry names them. */
export const FIXED_OPTIONS = ["Abstentions", "Blancs", "Nuls"] as const;

export interface ElectionOption {
  key: string;
  label: string;
  nuance: string | null;
  kind: "abstention" | "blank" | "null" | "list";
}

/** One election of a campaign as the analyses read it: its options and each bureau's counts. */
export interface ElectionTable {
  id: string;
  label: string;
  year: number;
  round: number;
  contentHash: string;
  /** Abstentions, Blancs, Nuls, then the lists in panel order. */
  options: ElectionOption[];
  /** Bureau code → counts of each option (sum = inscrits). */
  counts: Map<string, number[]>;
}

/**
 * Loads an election's options and per-bureau counts (only bureau `only`'s when given, for a
 * bureau's card); not_found when the campaign lacks it.
 */
export async function loadElection(
  db: Db,
  campaignId: string,
  electionId: string,
  only?: string,
): Promise<ElectionTable> {
  const [e] = await db
    .select()
    .from(elections)
    .where(and(eq(elections.campaignId, campaignId), eq(elections.id, electionId)));
  if (!e) throw new AppError("not_found", `Élection introuvable : ${electionId}.`);
  const candidates = await db
    .select()
    .from(electionCandidates)
    .where(and(eq(electionCandidates.campaignId, campaignId), eq(electionCandidates.electionId, electionId)))
    .orderBy(asc(electionCandidates.panel), asc(electionCandidates.key));
  const options: ElectionOption[] = [
    { key: FIXED_OPTIONS[0], label: FIXED_OPTIONS[0], nuance: null, kind: "abstention" },
    { key: FIXED_OPTIONS[1], label: FIXED_OPTIONS[1], nuance: null, kind: "blank" },
    { key: FIXED_OPTIONS[2], label: FIXED_OPTIONS[2], nuance: null, kind: "null" },
    ...candidates.map((c) => ({ key: c.key, label: c.key, nuance: c.nuance, kind: "list" as const })),
  ];
  const index = new Map(options.map((o, i) => [o.key, i]));
  const counts = new Map<string, number[]>();
  const results = await db
    .select()
    .from(bureauResults)
    .where(
      and(
        eq(bureauResults.campaignId, campaignId),
        eq(bureauResults.electionId, electionId),
        only === undefined ? undefined : eq(bureauResults.bureauCode, only),
      ),
    );
  for (const r of results) {
    const row = new Array<number>(options.length).fill(0);
    row[0] = Math.max(0, r.inscrits - r.votants);
    row[1] = r.blancs;
    row[2] = r.nuls;
    counts.set(r.bureauCode, row);
  }
  const votes = await db
    .select({ bureauCode: bureauVotes.bureauCode, key: bureauVotes.candidateKey, voix: bureauVotes.voix })
    .from(bureauVotes)
    .where(
      and(
        eq(bureauVotes.campaignId, campaignId),
        eq(bureauVotes.electionId, electionId),
        only === undefined ? undefined : eq(bureauVotes.bureauCode, only),
      ),
    );
  for (const v of votes) {
    const row = counts.get(v.bureauCode);
    const i = index.get(v.key);
    if (row && i !== undefined) row[i] += v.voix;
  }
  return {
    id: e.id,
    label: e.label,
    year: e.year,
    round: e.round,
    contentHash: e.contentHash,
    options,
    counts,
  };
}

/** The campaign's elections in time order (year, then round). */
export async function listElectionIds(db: Db, campaignId: string): Promise<string[]> {
  const rows = await db
    .select({ id: elections.id })
    .from(elections)
    .where(eq(elections.campaignId, campaignId))
    .orderBy(asc(elections.year), asc(elections.round), asc(elections.id));
  return rows.map((r) => r.id);
}
