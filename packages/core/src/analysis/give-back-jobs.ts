import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { silentJobLogger } from "./job-logger.ts";
import type { JobQueue } from "./job-queue-pgboss.ts";

/** On shutdown, the jobs still running here go back to the queue (not counted as a crash) for another process. */
export async function giveBackJobs(
  db: Db,
  workerId: string,
  queue: JobQueue | undefined,
  log = silentJobLogger,
) {
  const rows = await db
    .update(analysisJobs)
    .set({
      status: "queued",
      lockedBy: null,
      attempts: sql`greatest(${analysisJobs.attempts} - 1, 0)`,
      message: "Reprise après un arrêt du serveur",
    })
    .where(and(eq(analysisJobs.status, "running"), eq(analysisJobs.lockedBy, workerId)))
    .returning({ id: analysisJobs.id });
  for (const { id } of rows) await queue?.announce(id).catch(() => null);
  if (rows.length > 0)
    log.warn({ jobs: rows.map((r) => r.id) }, "analysis jobs given back to the queue at shutdown");
}
