import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import type { AnalysisJob } from "./request-analysis.ts";

/** A running job whose heartbeat is older than this is taken for dead and taken again. */
export const STALE_AFTER_MS = 60_000;
/** A job whose worker died this many times is marked failed instead of being taken again. */
export const MAX_ATTEMPTS = 3;

export const defaultWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface ClaimOptions {
  /**
   * Also take a running job whose heartbeat is older than this many milliseconds (its
   * worker died): the pg-boss worker passes it when a message comes back after expiry.
   */
  takeOverAfterMs?: number;
  /** A dead worker's job that already had this many attempts is marked failed (default MAX_ATTEMPTS). */
  maxAttempts?: number;
}

/** The rows a driver's `execute` returns: an array (postgres.js) or `{ rows }` (PGlite). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/**
 * Takes the oldest queued job (or the given one) with `select … for update skip locked`:
 * concurrent workers, on PostgreSQL, never take the same job; marks it running. With
 * `takeOverAfterMs`, a job left running by a dead worker is taken too, or marked failed
 * with a clear message once it has used up its attempts.
 */
export async function claimJob(
  db: Db,
  workerId: string,
  jobId?: string,
  options: ClaimOptions = {},
): Promise<AnalysisJob | null> {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const takeOver =
    options.takeOverAfterMs === undefined
      ? sql`false`
      : sql`(status = 'running' and coalesce(heartbeat, started_at, created_at) < ${new Date(Date.now() - options.takeOverAfterMs).toISOString()}::timestamptz)`;
  return db.transaction(async (tx) => {
    const picked = rowsOf<{ id: string; status: string; attempts: number }>(
      await tx.execute(
        jobId
          ? sql`select id, status, attempts from analysis_jobs where id = ${jobId} and (status = 'queued' or ${takeOver}) for update skip locked`
          : sql`select id, status, attempts from analysis_jobs where status = 'queued' order by created_at, id limit 1 for update skip locked`,
      ),
    );
    const row = picked[0];
    if (!row) return null;
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
      return null;
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

/**
 * Ids of the jobs waiting for a worker: queued, or running with a heartbeat older than
 * staleMs (their worker died). The runner announces them to pg-boss at start and at each
 * sweep, which covers jobs queued by a process without a runner (the CLI) and jobs whose
 * message was lost.
 */
export async function waitingJobIds(db: Db, staleMs = STALE_AFTER_MS, limit = 200): Promise<string[]> {
  const cutoff = new Date(Date.now() - staleMs);
  const rows = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from analysis_jobs where status = 'queued' or (status = 'running' and coalesce(heartbeat, started_at, created_at) < ${cutoff.toISOString()}::timestamptz) order by created_at, id limit ${limit}`,
    ),
  );
  return rows.map((r) => r.id);
}
