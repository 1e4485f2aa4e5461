import type { Db } from "../db/db-type.ts";
import { claimJob, defaultWorkerId } from "./claim-job.ts";
import { executeJob, type JobRunOptions } from "./execute-job.ts";
import { holdWorkerId } from "./worker-id.ts";

export * from "./claim-job.ts";
export * from "./execute-job.ts";
export * from "./find-waiting-jobs.ts";
export type { JobLogger } from "./job-logger.ts";
export { ANALYSIS_QUEUE, announceJob, type JobQueue, type JobQueueSettings } from "./job-queue-pgboss.ts";
export * from "./start-job-runner.ts";

/**
 * Runs queued jobs one after the other in this process until none is left, without the
 * queue (tests, benchmarks); returns how many ran. Their pg-boss messages, if any, find
 * them done and end.
 */
export async function runPendingJobs(db: Db, options: JobRunOptions = {}): Promise<number> {
  const workerId = options.workerId ?? defaultWorkerId();
  const release = holdWorkerId(workerId);
  let n = 0;
  try {
    for (;;) {
      const job = await claimJob(db, workerId);
      if (!job) return n;
      await executeJob(db, job, options);
      n++;
    }
  } finally {
    release();
  }
}
