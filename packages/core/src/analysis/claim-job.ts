import { and, eq, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { type JobLogger, silentJobLogger } from "./job-logger.ts";
import type { AnalysisJob } from "./request-analysis.ts";

export { defaultWorkerId } from "./worker-id.ts";

/** A running job whose heartbeat (every 2 s) is older than this is taken for dead and taken again. */
export const STALE_AFTER_MS = 30_000;
/** A job whose worker died this many times is marked failed instead of being taken again. */
export const MAX_ATTEMPTS = 3;

export interface ClaimOptions {
  /**
   * Also take a running job whose heartbeat is older than this many milliseconds (its
   * worker died): the runner passes it.
   */
  takeOverAfterMs?: number;
  /** Workers known to be gone (their process died): their running jobs are taken at once. */
  deadWorkers?: readonly string[];
  /** A dead worker's job that already had this many attempts is marked failed (default MAX_ATTEMPTS). */
  maxAttempts?: number;
  /**
   * At most this many jobs of one campaign run at once (live workers, all processes): a job
   * of a campaign at its quota stays queued (default: no quota).
   */
  perCampaign?: number;
  logger?: JobLogger;
}

/** The rows a driver's `execute` returns: an array (postgres.js) or `{ rows }` (PGlite). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/** SQL true for a running job whose worker is dead: stale heartbeat, or a worker known gone. */
export function leftByDeadWorker(staleMs: number, deadWorkers: readonly string[] = []): SQL {
  const cutoff = new Date(Date.now() - staleMs).toISOString();
  const gone =
    deadWorkers.length > 0
      ? sql` or locked_by in (${sql.join(
          deadWorkers.map((w) => sql`${w}`),
          sql`, `,
        )})`
      : sql``;
  return sql`(status = 'running' and (coalesce(heartbeat, started_at, created_at) < ${cutoff}::timestamptz${gone}))`;
}

/**
 * Takes the oldest queued job (or the given one) with `select … for update skip locked`:
 * concurrent workers, on PostgreSQL, never take the same job; marks it running. With
 * `takeOverAfterMs`, a job left running by a dead worker is taken too, or marked failed
 * with a clear message once it has used up its attempts. With `perCampaign`, a job of a
 * campaign that already runs that many jobs is left queued (null), so one campaign's
 * backlog cannot hold every worker.
 */
export async function claimJob(
  db: Db,
  workerId: string,
  jobId?: string,
  options: ClaimOptions = {},
): Promise<AnalysisJob | null> {
  const log = options.logger ?? silentJobLogger;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const staleMs = options.takeOverAfterMs ?? STALE_AFTER_MS;
  const dead = leftByDeadWorker(staleMs, options.deadWorkers);
  const takeOver = options.takeOverAfterMs === undefined && !options.deadWorkers?.length ? sql`false` : dead;
  const quota = options.perCampaign;
  const underQuota =
    quota === undefined
      ? sql`true`
      : sql`(select count(*) from analysis_jobs r where r.campaign_id = j.campaign_id and r.status = 'running' and not ${dead}) < ${quota}`;
  return db.transaction(async (tx) => {
    const picked = rowsOf<{
      id: string;
      status: string;
      attempts: number;
      campaign_id: string;
      locked_by: string | null;
    }>(
      await tx.execute(
        jobId
          ? sql`select id, status, attempts, campaign_id, locked_by from analysis_jobs j where id = ${jobId} and (status = 'queued' or ${takeOver}) for update skip locked`
          : sql`select id, status, attempts, campaign_id, locked_by from analysis_jobs j where status = 'queued' and ${underQuota} order by created_at, id limit 1 for update skip locked`,
      ),
    );
    const row = picked[0];
    if (!row) return null;
    const fields = { jobId: row.id, campaignId: row.campaign_id, attempts: row.attempts };
    if (row.status === "running" && row.attempts >= maxAttempts) {
      await tx
        .update(analysisJobs)
        .set({
          status: "failed",
          message: "Échec de l'analyse",
          error: `Le calcul a été interrompu ${row.attempts} fois (processus arrêté) : analyse abandonnée. Relancez-la.`,
          finishedAt: new Date(),
          lockedBy: null,
        })
        .where(eq(analysisJobs.id, row.id));
      log.error(
        { ...fields, worker: row.locked_by },
        "analysis job abandoned: its worker died at each attempt",
      );
      return null;
    }
    if (quota !== undefined) {
      // one claim at a time per campaign, so two workers cannot both see room for one more
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`terrain-analysis:${row.campaign_id}`}))`);
      const [{ n }] = rowsOf<{ n: number }>(
        await tx.execute(
          sql`select count(*)::int as n from analysis_jobs where campaign_id = ${row.campaign_id} and id <> ${row.id} and status = 'running' and not ${dead}`,
        ),
      );
      if (n >= quota) {
        log.debug(
          { ...fields, running: n, quota },
          "analysis job waits: its campaign runs its share of jobs",
        );
        return null;
      }
    }
    const [job] = await tx
      .update(analysisJobs)
      .set({
        status: "running",
        lockedBy: workerId,
        heartbeat: new Date(),
        startedAt: new Date(),
        attempts: sql`${analysisJobs.attempts} + 1`,
        ...(row.status === "running" ? { message: "Reprise après une interruption" } : {}),
      })
      .where(eq(analysisJobs.id, row.id))
      .returning();
    if (row.status === "running") {
      log.warn({ ...fields, worker: row.locked_by, by: workerId }, "analysis job resumed: its worker died");
    }
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
