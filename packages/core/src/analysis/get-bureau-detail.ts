import { rankMessages } from "@terrain/stats";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { bureaux, messageMatrices } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { DIMENSIONS, loadBureauDemographics } from "./demographics.ts";
import { findTransferResult } from "./find-analysis.ts";
import { listElectionIds, loadElection } from "./load-election.ts";
import { groupWeights, MIN_CELL } from "./message-matrix.ts";
import type { Side } from "./side.ts";
import { sideIndices } from "./side.ts";
import type { BureauPriority } from "./transfer-result.ts";

export interface BureauDetail {
  code: string;
  name: string | null;
  history: {
    election: string;
    label: string;
    inscrits: number;
    votants: number;
    turnout: number;
    /** Our side's share of exprimés, when an analysis defines our side. */
    ourScore: number | null;
    options: { key: string; label: string; nuance: string | null; votes: number }[];
  }[];
  /** Census groups carried to the bureau; groups under 11 persons are not shown. */
  demographics: {
    dimension: string;
    label: string;
    groups: { key: string; label: string; count: number }[];
  }[];
  priority: BureauPriority | null;
  messages: { pointId: string; label: string; reach: number }[];
}

/** A bureau's card: figures across elections, demographics, priority and the messages to say there first. */
export async function getBureauDetail(
  db: Db,
  campaignId: string,
  code: string,
  jobId?: string,
): Promise<BureauDetail> {
  const [b] = await db
    .select()
    .from(bureaux)
    .where(and(eq(bureaux.campaignId, campaignId), eq(bureaux.code, code)));
  if (!b) throw new AppError("not_found", `Bureau introuvable : ${code}.`);
  const found = await findTransferResult(db, campaignId, jobId);
  const side = (found?.job.inputs as { side?: Side } | undefined)?.side;
  const history: BureauDetail["history"] = [];
  for (const id of await listElectionIds(db, campaignId)) {
    const e = await loadElection(db, campaignId, id, code);
    const c = e.counts.get(code);
    if (!c) continue;
    const inscrits = c.reduce((s, v) => s + v, 0);
    const lists = e.options.flatMap((o, k) => (o.kind === "list" ? [k] : []));
    const exprimes = lists.reduce((s, k) => s + c[k], 0);
    const ours = side ? sideIndices(e, side).reduce((s, k) => s + c[k], 0) : 0;
    history.push({
      election: e.id,
      label: e.label,
      inscrits,
      votants: inscrits - c[0],
      turnout: inscrits > 0 ? (inscrits - c[0]) / inscrits : 0,
      ourScore: side && exprimes > 0 ? ours / exprimes : null,
      options: e.options.map((o, k) => ({ key: o.key, label: o.label, nuance: o.nuance, votes: c[k] })),
    });
  }
  const demo = (await loadBureauDemographics(db, campaignId, code)).groups.get(code);
  const demographics = Object.entries(demo ?? {}).map(([d, counts]) => ({
    dimension: d,
    label: DIMENSIONS[d].label,
    groups: DIMENSIONS[d].groups.flatMap((g, k) =>
      counts[k] >= MIN_CELL ? [{ key: g.key, label: g.label, count: Math.round(counts[k]) }] : [],
    ),
  }));
  const weights = groupWeights(demo ?? {});
  const [matrix] = await db.select().from(messageMatrices).where(eq(messageMatrices.campaignId, campaignId));
  return {
    code,
    name: b.label,
    history,
    demographics,
    priority: found?.result.bureaux.find((p) => p.code === code) ?? null,
    messages: rankMessages(matrix?.points ?? [], weights).slice(0, 3),
  };
}
