import { sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { leftByDeadWorker, rowsOf, STALE_AFTER_MS } from "./claim-job.ts";
import { isWorkerGone } from "./worker-id.ts";

export interface WaitingJobsOptions {
  /** A running job whose heartbeat is older than this is left by a dead worker (default 30 s). */
  staleMs?: number;
  /** Workers known gone: their running jobs wait for a worker whatever their heartbeat. */
  deadWorkers?: readonly string[];
  /** At most this many running jobs per campaign: only the queued jobs that fit are listed. */
  perCampaign?: number;
  limit?: number;
}

/**
 * Ids of the jobs waiting for a worker, oldest first: running jobs left by a dead worker,
 * and queued jobs, only as many per campaign as its quota leaves room for (so a backlog
 * of one campaign is announced one job at a time, not all at once). The runner announces
 * them to pg-boss at start, at each sweep and whenever a job ends.
 */
export async function findWaitingJobs(db: Db, options: WaitingJobsOptions = {}): Promise<string[]> {
  const dead = leftByDeadWorker(options.staleMs ?? STALE_AFTER_MS, options.deadWorkers);
  const quota = options.perCampaign ?? 1_000_000;
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      with live as (
        select campaign_id, count(*)::int as n from analysis_jobs
        where status = 'running' and not ${dead} group by campaign_id
      ), queued as (
        select id, campaign_id, created_at,
          row_number() over (partition by campaign_id order by created_at, id) as rank
        from analysis_jobs where status = 'queued'
      )
      select id from (
        select q.id, q.created_at from queued q left join live l on l.campaign_id = q.campaign_id
        where q.rank <= ${quota} - coalesce(l.n, 0)
        union all
        select id, created_at from analysis_jobs where ${dead}
      ) w order by created_at, id limit ${options.limit ?? 200}`),
  );
  return rows.map((r) => r.id);
}

/** Workers holding running jobs whose process is known to be gone (same host, pid not alive). */
export async function findDeadWorkers(db: Db): Promise<string[]> {
  const rows = rowsOf<{ locked_by: string }>(
    await db.execute(
      sql`select distinct locked_by from analysis_jobs where status = 'running' and locked_by is not null`,
    ),
  );
  return rows.map((r) => r.locked_by).filter(isWorkerGone);
}
