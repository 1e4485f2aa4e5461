import type { Db } from "../db/db-type.ts";
import { executeJob, type JobRunOptions } from "./execute-job.ts";
import { type JobLogger, silentJobLogger } from "./job-logger.ts";
import type { AnalysisJob } from "./request-analysis.ts";

/** Runs a job the runner claimed (executeJob) and logs its start and its outcome. */
export async function runClaimedJob(
  db: Db,
  job: AnalysisJob,
  options: JobRunOptions & { logger?: JobLogger } = {},
): Promise<AnalysisJob> {
  const log = options.logger ?? silentJobLogger;
  const started = Date.now();
  const fields = { jobId: job.id, campaignId: job.campaignId, method: job.method, worker: job.lockedBy };
  log.info({ ...fields, attempt: job.attempts }, "analysis job started");
  const end = await executeJob(db, job, options);
  const ms = Date.now() - started;
  if (end.status === "done") log.info({ ...fields, ms }, "analysis job done");
  else if (end.status === "failed") log.warn({ ...fields, ms, error: end.error }, "analysis job failed");
  else log.warn({ ...fields, ms, lockedBy: end.lockedBy }, "analysis job taken over by another worker");
  return end;
}
