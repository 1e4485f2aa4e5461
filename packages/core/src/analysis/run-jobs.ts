import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import type { AnalysisJob } from "./request-analysis.ts";
import { type GroupParams, runGroupAnalysis } from "./run-group-analysis.ts";
import { type RunOptions, runTransferAnalysis, type TransferParams } from "./run-transfer-analysis.ts";
import type { AnalysisResult, TransferMethod } from "./transfer-result.ts";

/** A running job whose heartbeat is older than this is taken for dead and re-queued. */
export const STALE_AFTER_MS = 60_000;
const HEARTBEAT_MS = 2_000;

export interface JobRunOptions {
  /** Name of this worker in `locked_by` (default host:pid:random). */
  workerId?: string;
  /** md sampling sizes (tests and benchmarks use modest ones). */
  engine?: Pick<RunOptions, "samples" | "burnin" | "thin" | "chains">;
  onProgress?: (job: AnalysisJob, fraction: number, message: string) => void;
}

export const defaultWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Takes the oldest queued job (or the given one) with `select … for update skip locked`:
 * concurrent workers, on PostgreSQL, never take the same job; marks it running.
 */
export async function claimJob(db: Db, workerId: string, jobId?: string): Promise<AnalysisJob | null> {
  return db.transaction(async (tx) => {
    const picked = await tx.execute<{ id: string }>(
      jobId
        ? sql`select id from analysis_jobs where status = 'queued' and id = ${jobId} for update skip locked`
        : sql`select id from analysis_jobs where status = 'queued' order by created_at, id limit 1 for update skip locked`,
    );
    const rows =
      (picked as unknown as { rows?: { id: string }[] }).rows ?? (picked as unknown as { id: string }[]);
    const id = rows[0]?.id;
    if (!id) return null;
    const [job] = await tx
      .update(analysisJobs)
      .set({
        status: "running",
        lockedBy: workerId,
        heartbeat: new Date(),
        startedAt: new Date(),
        attempts: sql`${analysisJobs.attempts} + 1`,
      })
      .where(eq(analysisJobs.id, id))
      .returning();
    return job ?? null;
  });
}

/** Re-queues jobs left running by a dead worker (heartbeat older than staleMs); returns how many. */
export async function requeueStaleJobs(db: Db, staleMs = STALE_AFTER_MS): Promise<number> {
  const cutoff = new Date(Date.now() - staleMs);
  const rows = await db
    .update(analysisJobs)
    .set({ status: "queued", lockedBy: null, message: "Reprise après une interruption" })
    .where(and(eq(analysisJobs.status, "running"), lt(analysisJobs.heartbeat, cutoff)))
    .returning({ id: analysisJobs.id });
  return rows.length;
}

/** Runs a claimed job to its end: stores the result (done) or a clear message (failed). */
export async function executeJob(
  db: Db,
  job: AnalysisJob,
  options: JobRunOptions = {},
): Promise<AnalysisJob> {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  let latest = { fraction: 0, message: "" };
  const beat = () => {
    pending = pending.then(() =>
      db
        .update(analysisJobs)
        .set({ progress: latest.fraction, message: latest.message, heartbeat: new Date() })
        .where(eq(analysisJobs.id, job.id))
        .catch(() => {}),
    );
  };
  const timer = setInterval(beat, HEARTBEAT_MS);
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
      .where(eq(analysisJobs.id, job.id))
      .returning();
    return done;
  } catch (error) {
    clearInterval(timer);
    await pending;
    const message = error instanceof Error ? error.message : String(error);
    const [failed] = await db
      .update(analysisJobs)
      .set({ status: "failed", error: message, message: "Échec de l'analyse", finishedAt: new Date() })
      .where(eq(analysisJobs.id, job.id))
      .returning();
    return failed;
  }
}

/** Runs queued jobs one after the other until none is left; returns how many ran. */
export async function runPendingJobs(db: Db, options: JobRunOptions = {}): Promise<number> {
  const workerId = options.workerId ?? defaultWorkerId();
  let n = 0;
  for (;;) {
    const job = await claimJob(db, workerId);
    if (!job) return n;
    await executeJob(db, job, options);
    n++;
  }
}

export interface JobRunner {
  /** Looks for work now instead of at the next poll. */
  wake(): void;
  /** Stops after the current job. */
  stop(): Promise<void>;
}

/**
 * The in-process job runner the server starts: re-queues jobs a dead process left
 * running (stale heartbeat), then polls the queue; several processes may run one each
 * on PostgreSQL (SKIP LOCKED shares the queue). The engine's MD runs its chains in
 * worker threads, so the API stays responsive while a job runs.
 */
export function startJobRunner(
  db: Db,
  options: JobRunOptions & { pollMs?: number; staleMs?: number } = {},
): JobRunner {
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (stopped || busy) return;
    busy = true;
    running = (async () => {
      try {
        await requeueStaleJobs(db, options.staleMs);
        await runPendingJobs(db, options);
      } catch {
        // the database may be closing; the next tick retries
      } finally {
        busy = false;
        if (!stopped) timer = setTimeout(tick, pollMs);
      }
    })();
  };
  timer = setTimeout(tick, 0);
  return {
    wake() {
      if (timer) clearTimeout(timer);
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
