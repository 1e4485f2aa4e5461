import type { Db } from "../db/db-type.ts";
import { claimJob, STALE_AFTER_MS } from "./claim-job.ts";
import type { JobRunOptions } from "./execute-job.ts";
import { findDeadWorkers, findWaitingJobs } from "./find-waiting-jobs.ts";
import { giveBackJobs } from "./give-back-jobs.ts";
import { silentJobLogger } from "./job-logger.ts";
import {
  type JobQueue,
  type JobQueueSettings,
  openJobQueue,
  registerJobQueue,
  unregisterJobQueue,
} from "./job-queue-pgboss.ts";
import type { AnalysisJob } from "./request-analysis.ts";
import { runClaimedJob } from "./run-claimed-job.ts";
import { defaultWorkerId, holdWorkerId } from "./worker-id.ts";

export interface JobRunnerOptions extends JobRunOptions, JobQueueSettings {
  /** How often an idle runner asks pg-boss for a message, in ms (default 1 s). */
  pollMs?: number;
  /** Jobs this process runs at once (default 2). */
  concurrency?: number;
  /** Jobs one campaign runs at once, over every process (default 1), so others always get a worker. */
  perCampaign?: number;
  /** A running job whose heartbeat is older than this is taken for dead (default 30 s). */
  staleMs?: number;
  /** Period of the sweep that announces waiting jobs and dead workers' jobs (default 15 s; 0: none). */
  sweepMs?: number;
  /** A job that killed its worker this many times is failed with the reason (default 3). */
  maxAttempts?: number;
  /** How long stop() waits for the jobs in hand before giving them back to the queue (default 10 s). */
  stopTimeoutMs?: number;
}

export interface JobRunner {
  /** Settles once pg-boss is started and the runner fetches (rejects if it cannot start). */
  ready: Promise<void>;
  /** Announces waiting jobs now instead of at the next sweep. */
  wake(): void;
  /** Stops taking messages, waits for the jobs in hand (up to stopTimeoutMs), stops pg-boss. */
  stop(): Promise<void>;
}

/**
 * The job runner a server process starts. It takes messages from the pg-boss queue while
 * it has a free slot (`concurrency`), claims each message's job in `analysis_jobs` (unless
 * its campaign already runs `perCampaign` jobs: it then stays queued and is announced
 * again when one of them ends) and ends the message at once: the row, with its heartbeat,
 * is what says a job is being run. At start, every sweepMs and after each job, it
 * announces the jobs waiting for a worker, including those of a dead worker (heartbeat
 * older than staleMs, or, on this host, a process that is gone), so a crash costs well
 * under a minute and never blocks other jobs. Everything it does is logged.
 */
export function startJobRunner(db: Db, options: JobRunnerOptions = {}): JobRunner {
  const workerId = options.workerId ?? defaultWorkerId();
  const log = options.logger ?? silentJobLogger;
  const staleMs = options.staleMs ?? STALE_AFTER_MS;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const perCampaign = Math.max(1, options.perCampaign ?? 1);
  const pollMs = Math.max(50, options.pollMs ?? 1000);
  const release = holdWorkerId(workerId);
  const running = new Set<Promise<void>>();
  let queue: JobQueue | undefined;
  let stopped = false;
  let deadWorkers: string[] = [];
  let wakeLoop = () => {};
  let signalStop = () => {};
  const stopping = new Promise<void>((resolve) => {
    signalStop = resolve;
  });
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeLoop = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  let sweeping: Promise<void> = Promise.resolve();
  const sweep = () => {
    sweeping = sweeping.then(async () => {
      if (!queue || stopped) return;
      try {
        deadWorkers = await findDeadWorkers(db);
        const ids = await findWaitingJobs(db, { staleMs, deadWorkers, perCampaign });
        let sent = 0;
        for (const id of ids) if (await queue.announce(id)) sent++;
        if (deadWorkers.length > 0)
          log.warn({ workers: deadWorkers }, "analysis jobs of stopped workers: resuming them");
        if (sent > 0) log.debug({ announced: sent }, "analysis jobs announced");
      } catch (error) {
        if (!stopped) log.error({ err: error }, "analysis job sweep failed");
      }
    });
    return sweeping;
  };

  const run = async (job: AnalysisJob) => {
    await runClaimedJob(db, job, { ...options, workerId, logger: log });
    void sweep(); // the campaign's next job, now that it has room
  };

  let fetchErrors = 0;
  const loop = async (q: JobQueue) => {
    while (!stopped) {
      if (running.size >= concurrency) {
        await Promise.race([...running, stopping]);
        continue;
      }
      let message: Awaited<ReturnType<JobQueue["fetch"]>>;
      try {
        message = await q.fetch();
        if (fetchErrors > 0) log.info({ failures: fetchErrors }, "analysis job queue reachable again");
        fetchErrors = 0;
      } catch (error) {
        if (fetchErrors++ % 60 === 0)
          log.error({ err: error, failures: fetchErrors }, "analysis job queue: fetch failed");
        await nap(pollMs);
        continue;
      }
      if (!message) {
        await nap(pollMs);
        continue;
      }
      let job: AnalysisJob | null = null;
      try {
        job = await claimJob(db, workerId, message.jobId, {
          takeOverAfterMs: staleMs,
          deadWorkers,
          perCampaign,
          maxAttempts: options.maxAttempts,
          logger: log,
        });
        await q.complete(message.id);
      } catch (error) {
        log.error(
          { err: error, jobId: message.jobId },
          "analysis job could not be claimed; pg-boss retries it",
        );
        await q.fail(message.id, error as Error).catch(() => {});
      }
      if (!job) continue;
      const task: Promise<void> = run(job)
        .catch((error) => log.error({ err: error, jobId: job.id }, "analysis job runner error"))
        .finally(() => running.delete(task));
      running.add(task);
    }
  };

  let looping: Promise<void> = Promise.resolve();
  let sweepTimer: NodeJS.Timeout | undefined;
  const ready = (async () => {
    const opened = await openJobQueue(db, options);
    queue = opened;
    if (stopped) return;
    opened.onAnnounce = () => wakeLoop();
    registerJobQueue(db, opened);
    looping = loop(opened);
    log.info({ worker: workerId, concurrency, perCampaign }, "analysis job runner started");
    const sweepMs = options.sweepMs ?? 15_000;
    if (sweepMs <= 0) return;
    await sweep();
    sweepTimer = setInterval(() => void sweep(), sweepMs);
  })();
  ready.catch((error: Error) => log.error({ err: error }, "analysis job runner could not start"));

  return {
    ready,
    wake() {
      void sweep();
    },
    async stop() {
      stopped = true;
      signalStop();
      wakeLoop();
      if (sweepTimer) clearInterval(sweepTimer);
      await ready.catch(() => {});
      await looping;
      await sweeping;
      const timeout = new Promise<"timeout">((r) =>
        setTimeout(() => r("timeout"), options.stopTimeoutMs ?? 10_000),
      );
      if (running.size > 0 && (await Promise.race([Promise.all(running), timeout])) === "timeout") {
        await giveBackJobs(db, workerId, queue, log);
      }
      release();
      if (!queue) return;
      unregisterJobQueue(db, queue);
      await queue.stop(1_000);
    },
  };
}
