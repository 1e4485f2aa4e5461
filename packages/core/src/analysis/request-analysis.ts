import { createHash, randomUUID } from "node:crypto";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs, importedFiles } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { DIMENSIONS } from "./demographics.ts";
import { announceJob } from "./job-queue-pgboss.ts";
import { listElectionIds } from "./load-election.ts";
import type { TransferMethod } from "./transfer-result.ts";

export type AnalysisRequest =
  | {
      kind: "transfer";
      from: string;
      to: string;
      side: { nuances?: string[]; candidates?: string[] };
      /** Lists within reach (listes proches), chosen like the side; none by default. */
      reach?: { nuances?: string[]; candidates?: string[] };
      method: TransferMethod;
      seed?: number;
    }
  | { kind: "groups"; election: string; dimension: string; method: TransferMethod; seed?: number };

export type AnalysisJob = typeof analysisJobs.$inferSelect;

/** The inputs of a request, normalised so that equal requests hash equal. */
function normalise(req: AnalysisRequest): Record<string, unknown> {
  if (req.kind === "groups") return { kind: "groups", election: req.election, dimension: req.dimension };
  const sorted = (v?: string[]) => [...new Set((v ?? []).map((s) => s.trim()).filter(Boolean))].sort();
  const lists = (s: { nuances?: string[]; candidates?: string[] }) => ({
    nuances: sorted(s.nuances?.map((n) => n.toUpperCase())),
    candidates: sorted(s.candidates),
  });
  const reach = lists(req.reach ?? {});
  // no reach leaves the inputs (and so the hash) of earlier requests unchanged
  const hasReach = reach.nuances.length + reach.candidates.length > 0;
  return {
    kind: "transfer",
    from: req.from,
    to: req.to,
    side: lists(req.side),
    ...(hasReach ? { reach } : {}),
  };
}

/**
 * Asks for an analysis: returns the stored job when the same inputs, method and seed were
 * asked before on the same data (the hash covers the imported files' content hashes, so a
 * re-import asks again), re-queues it if it had failed, else queues a new job. A job
 * (re-)queued is announced to this process's pg-boss queue when it runs one.
 */
export async function requestAnalysis(
  db: Db,
  campaignId: string,
  req: AnalysisRequest,
): Promise<{ job: AnalysisJob; created: boolean }> {
  const ids = await listElectionIds(db, campaignId);
  const needed = req.kind === "transfer" ? [req.from, req.to] : [req.election];
  for (const id of needed) {
    if (!ids.includes(id))
      throw new AppError("not_found", `Élection introuvable : ${id}. Importez ses résultats.`);
  }
  if (req.kind === "transfer" && req.from === req.to) {
    throw new AppError("bad_request", "Choisissez deux élections différentes.");
  }
  if (req.kind === "groups" && !DIMENSIONS[req.dimension]) {
    throw new AppError("bad_request", `Dimension inconnue : ${req.dimension}.`);
  }
  const files = await db
    .select({ hash: importedFiles.contentHash })
    .from(importedFiles)
    .where(eq(importedFiles.campaignId, campaignId))
    .orderBy(asc(importedFiles.contentHash));
  const inputs = normalise(req);
  const inputsHash = createHash("sha256")
    .update(JSON.stringify({ inputs, data: files.map((f) => f.hash) }))
    .digest("hex");
  const seed = req.seed ?? 1;
  const inserted = await db
    .insert(analysisJobs)
    .values({ campaignId, id: randomUUID(), kind: req.kind, inputs, inputsHash, method: req.method, seed })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) {
    await announceJob(db, inserted[0].id);
    return { job: inserted[0], created: true };
  }
  const same = and(
    eq(analysisJobs.campaignId, campaignId),
    eq(analysisJobs.inputsHash, inputsHash),
    eq(analysisJobs.method, req.method),
    eq(analysisJobs.seed, seed),
  );
  const [existing] = await db.select().from(analysisJobs).where(same);
  if (!existing) throw new AppError("internal", "Analysis job vanished while being requested.");
  if (existing.status !== "failed") return { job: existing, created: false };
  const [again] = await db
    .update(analysisJobs)
    .set({
      status: "queued",
      error: null,
      progress: 0,
      message: null,
      lockedBy: null,
      heartbeat: null,
      attempts: 0,
    })
    .where(and(same, eq(analysisJobs.status, "failed")))
    .returning();
  if (again) await announceJob(db, again.id);
  return { job: again ?? existing, created: true };
}

/** One job of a campaign (not_found for another campaign's job). */
export async function getAnalysisJob(db: Db, campaignId: string, jobId: string): Promise<AnalysisJob> {
  const [job] = await db
    .select()
    .from(analysisJobs)
    .where(and(eq(analysisJobs.campaignId, campaignId), eq(analysisJobs.id, jobId)));
  if (!job) throw new AppError("not_found", "Analyse introuvable.");
  return job;
}

/** The campaign's analysis jobs, newest first, without their results (for a history list). */
export async function listAnalysisJobs(db: Db, campaignId: string): Promise<AnalysisJob[]> {
  const rows = await db
    .select()
    .from(analysisJobs)
    .where(eq(analysisJobs.campaignId, campaignId))
    .orderBy(desc(analysisJobs.createdAt))
    .limit(200);
  return rows.map((j) => ({ ...j, result: null }));
}
