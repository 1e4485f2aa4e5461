import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import type { AnalysisJob } from "./request-analysis.ts";
import { type GroupParams, runGroupAnalysis } from "./run-group-analysis.ts";
import { type RunOptions, runTransferAnalysis, type TransferParams } from "./run-transfer-analysis.ts";
import type { AnalysisResult, TransferMethod } from "./transfer-result.ts";
import { holdWorkerId } from "./worker-id.ts";

const HEARTBEAT_MS = 2_000;

export interface JobRunOptions {
  /** Name of this worker in `locked_by` (default host:pid:random). */
  workerId?: string;
  /** md sampling sizes (tests and benchmarks use modest ones). */
  engine?: Pick<RunOptions, "samples" | "burnin" | "thin" | "chains">;
  onProgress?: (job: AnalysisJob, fraction: number, message: string) => void;
}

/**
 * Runs a claimed job to its end: stores the result (done) or a clear message (failed).
 * Its writes (heartbeat, progress, outcome) only land while the row is still locked by the
 * worker that claimed it, so a worker taken for dead that wakes up cannot overwrite the
 * worker that took its job over.
 */
export async function executeJob(
  db: Db,
  job: AnalysisJob,
  options: JobRunOptions = {},
): Promise<AnalysisJob> {
  const mine = job.lockedBy
    ? and(eq(analysisJobs.id, job.id), eq(analysisJobs.lockedBy, job.lockedBy))
    : eq(analysisJobs.id, job.id);
  const current = async () => (await db.select().from(analysisJobs).where(eq(analysisJobs.id, job.id)))[0];
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  let latest = { fraction: 0, message: "" };
  const beat = () => {
    pending = pending.then(() =>
      db
        .update(analysisJobs)
        .set({ progress: latest.fraction, message: latest.message, heartbeat: new Date() })
        .where(mine)
        .catch(() => {}),
    );
  };
  const timer = setInterval(beat, HEARTBEAT_MS);
  const release = job.lockedBy ? holdWorkerId(job.lockedBy) : () => {};
  const onProgress = (fraction: number, message: string) => {
    latest = { fraction: Math.min(1, Math.max(0, fraction)), message };
    options.onProgress?.(job, latest.fraction, message);
    if (Date.now() - last > 500) {
      last = Date.now();
      beat();
    }
  };
  const run: RunOptions = { seed: job.seed, onProgress, ...options.engine };
  const method = job.method as TransferMethod;
  try {
    const result: AnalysisResult =
      job.kind === "transfer"
        ? await runTransferAnalysis(db, job.campaignId, job.inputs as TransferParams, method, run)
        : await runGroupAnalysis(db, job.campaignId, job.inputs as GroupParams, method, run);
    clearInterval(timer);
    release();
    await pending;
    const [done] = await db
      .update(analysisJobs)
      .set({
        status: "done",
        progress: 1,
        message: "Terminé",
        result,
        finishedAt: new Date(),
        heartbeat: new Date(),
      })
      .where(mine)
      .returning();
    return done ?? (await current());
  } catch (error) {
    clearInterval(timer);
    release();
    await pending;
    const message = error instanceof Error ? error.message : String(error);
    const [failed] = await db
      .update(analysisJobs)
      .set({ status: "failed", error: message, message: "Échec de l'analyse", finishedAt: new Date() })
      .where(mine)
      .returning();
    return failed ?? (await current());
  }
}
