import { rankMessages } from "@terrain/stats";
import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { type MessagePoint, messageMatrices } from "../db/schema/index.ts";
import { DIMENSIONS, loadBureauDemographics } from "./demographics.ts";
import { findTransferResult } from "./find-analysis.ts";

/** Bureaux whose group counts are under this are not given a weight for the group (secrecy). */
export const MIN_CELL = 11;
/** How many of the best-ranked bureaux get their first message. */
export const PRIORITY_BUREAUX = 10;

export interface MessageMatrix {
  points: MessagePoint[];
  groups: { key: string; dimension: string; label: string }[];
  /** Per bureau: each group's share of the bureau within its dimension (groups under 11 persons omitted). */
  weights: { code: string; weights: Record<string, number> }[];
  /** The first message of each priority bureau (best rank first), from the latest analysis. */
  firstMessages: { code: string; rank: number | null; pointId: string; label: string; reach: number }[];
}

/** Each group's share of the bureau within its dimension, keyed "dimension:group"; groups under MIN_CELL omitted. */
export function groupWeights(dims: Readonly<Record<string, number[]>>): Record<string, number> {
  const w: Record<string, number> = {};
  for (const [d, counts] of Object.entries(dims)) {
    const total = counts.reduce((s, v) => s + v, 0);
    DIMENSIONS[d].groups.forEach((g, k) => {
      if (total > 0 && counts[k] >= MIN_CELL) w[`${d}:${g.key}`] = counts[k] / total;
    });
  }
  return w;
}

/** Every voter group key of the message matrix: "dimension:group". */
export const groupKeys = () =>
  Object.entries(DIMENSIONS).flatMap(([d, def]) =>
    def.groups.map((g) => ({ key: `${d}:${g.key}`, dimension: d, label: `${def.label} — ${g.label}` })),
  );

/** Reads the campaign's message matrix with each group's weight per bureau and each priority bureau's first message. */
export async function getMessageMatrix(db: Db, campaignId: string): Promise<MessageMatrix> {
  const [row] = await db.select().from(messageMatrices).where(eq(messageMatrices.campaignId, campaignId));
  const points = row?.points ?? [];
  const demo = await loadBureauDemographics(db, campaignId);
  const weights = [...demo.groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, dims]) => ({ code, weights: groupWeights(dims) }));
  const found = await findTransferResult(db, campaignId);
  const ranks = new Map((found?.result.bureaux ?? []).map((b) => [b.code, b.rank]));
  const chosen = found ? weights.filter((w) => (ranks.get(w.code) ?? Infinity) <= PRIORITY_BUREAUX) : weights;
  const firstMessages = points.length
    ? chosen.flatMap((w) => {
        const [best] = rankMessages(points, w.weights);
        return best ? [{ code: w.code, rank: ranks.get(w.code) ?? null, ...best }] : [];
      })
    : [];
  firstMessages.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  return { points, groups: groupKeys(), weights, firstMessages };
}

/** Replaces the campaign's programme points (relevance keys must be known group keys). */
export async function saveMessageMatrix(
  db: Db,
  campaignId: string,
  points: MessagePoint[],
): Promise<MessageMatrix> {
  const known = new Set(groupKeys().map((g) => g.key));
  const clean = points.map((p) => ({
    ...p,
    relevance: Object.fromEntries(Object.entries(p.relevance).filter(([k]) => known.has(k))),
  }));
  await db
    .insert(messageMatrices)
    .values({ campaignId, points: clean })
    .onConflictDoUpdate({
      target: messageMatrices.campaignId,
      set: { points: clean, updatedAt: new Date() },
    });
  return getMessageMatrix(db, campaignId);
}
