import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { claimJob, defaultWorkerId, STALE_AFTER_MS, waitingJobIds } from "./claim-job.ts";
import { executeJob, type JobRunOptions } from "./execute-job.ts";
import {
  type JobQueue,
  type JobQueueSettings,
  openJobQueue,
  registerJobQueue,
  unregisterJobQueue,
} from "./job-queue-pgboss.ts";

export * from "./claim-job.ts";
export * from "./execute-job.ts";
export { ANALYSIS_QUEUE, announceJob, type JobQueue, type JobQueueSettings } from "./job-queue-pgboss.ts";

/**
 * Runs queued jobs one after the other in this process until none is left, without the
 * queue (tests, benchmarks); returns how many ran. Their pg-boss messages, if any, find
 * them done and end.
 */
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

/**
 * What a worker does with a pg-boss message "run job <id>": takes the job (queued, or left
 * running by a dead worker) and runs it. A job done or failed needs nothing more; a job
 * another live worker holds makes the message fail, so pg-boss retries it later.
 */
export async function runAnnouncedJob(
  db: Db,
  jobId: string,
  options: JobRunOptions & { staleMs?: number; maxAttempts?: number } = {},
): Promise<void> {
  const workerId = options.workerId ?? defaultWorkerId();
  const job = await claimJob(db, workerId, jobId, {
    takeOverAfterMs: options.staleMs ?? STALE_AFTER_MS,
    maxAttempts: options.maxAttempts,
  });
  if (job) {
    await executeJob(db, job, { ...options, workerId });
    return;
  }
  const [row] = await db
    .select({ status: analysisJobs.status, lockedBy: analysisJobs.lockedBy })
    .from(analysisJobs)
    .where(eq(analysisJobs.id, jobId));
  if (row && (row.status === "queued" || row.status === "running")) {
    throw new Error(`analysis job ${jobId} is held by ${row.lockedBy ?? "another worker"}; retry later`);
  }
}

export interface JobRunnerOptions extends JobRunOptions, JobQueueSettings {
  /** Polling period of the idle worker in ms (pg-boss's minimum is 500). */
  pollMs?: number;
  /** A running job whose heartbeat is older than this is taken for dead (default 60 s). */
  staleMs?: number;
  /** Period of the sweep that announces jobs waiting without a message (default 30 s; 0: no sweep). */
  sweepMs?: number;
  /** How long stop() waits for the job in hand (default 10 s). */
  stopTimeoutMs?: number;
}

export interface JobRunner {
  /** Settles once pg-boss is started and the worker listens (rejects if it cannot start). */
  ready: Promise<void>;
  /** Announces waiting jobs now instead of at the next sweep. */
  wake(): void;
  /** Stops taking messages, waits for the job in hand (up to stopTimeoutMs), stops pg-boss. */
  stop(): Promise<void>;
}

/**
 * The job runner a server process starts: one pg-boss worker on the analysis queue (on
 * PostgreSQL any number of processes share it; on PGlite, one), running one job at a
 * time; the engine's MD runs its chains in worker threads, so the API stays responsive.
 * At start and every sweepMs it announces the jobs waiting in `analysis_jobs` (queued by
 * a process without a runner, or left by a dead worker); pg-boss's expiry and retries
 * bring back the message of a worker that died.
 */
export function startJobRunner(db: Db, options: JobRunnerOptions = {}): JobRunner {
  const workerId = options.workerId ?? defaultWorkerId();
  const staleMs = options.staleMs ?? STALE_AFTER_MS;
  const pollingIntervalSeconds =
    options.pollingIntervalSeconds ??
    (options.pollMs === undefined ? 1 : Math.max(0.5, options.pollMs / 1000));
  let queue: JobQueue | undefined;
  let stopped = false;
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = () => {
    sweeping = sweeping.then(async () => {
      if (!queue || stopped) return;
      try {
        for (const id of await waitingJobIds(db, staleMs)) await queue.announce(id);
      } catch (error) {
        if (!stopped) options.onError?.(error as Error);
      }
    });
    return sweeping;
  };
  const ready = (async () => {
    const opened = await openJobQueue(db, { ...options, pollingIntervalSeconds });
    queue = opened;
    if (stopped) return;
    registerJobQueue(db, opened);
    await opened.work((jobId) => runAnnouncedJob(db, jobId, { ...options, workerId, staleMs }));
    const sweepMs = options.sweepMs ?? 30_000;
    if (sweepMs <= 0) return;
    await sweep();
    sweepTimer = setInterval(() => void sweep(), sweepMs);
  })();
  ready.catch((error: Error) =>
    (options.onError ?? ((e: Error) => process.stderr.write(`job runner: ${e.message}\n`)))(error),
  );
  return {
    ready,
    wake() {
      void sweep();
    },
    async stop() {
      stopped = true;
      if (sweepTimer) clearInterval(sweepTimer);
      await ready.catch(() => {});
      await sweeping;
      if (!queue) return;
      unregisterJobQueue(db, queue);
      await queue.stop(options.stopTimeoutMs ?? 10_000);
    },
  };
}
