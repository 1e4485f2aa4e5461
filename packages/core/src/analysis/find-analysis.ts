import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { type AnalysisJob, getAnalysisJob } from "./request-analysis.ts";
import type { GroupResult, TransferResult } from "./transfer-result.ts";

/** The transfer result a map or a bureau card shows: the given job, else the latest done one (null if none). */
export async function findTransferResult(
  db: Db,
  campaignId: string,
  jobId?: string,
): Promise<{ job: AnalysisJob; result: TransferResult } | null> {
  if (jobId) {
    const job = await getAnalysisJob(db, campaignId, jobId);
    if (job.kind !== "transfer" || job.status !== "done" || !job.result) {
      throw new AppError("conflict", "Cette analyse n'est pas encore terminée.");
    }
    return { job, result: job.result as TransferResult };
  }
  const [job] = await db
    .select()
    .from(analysisJobs)
    .where(
      and(
        eq(analysisJobs.campaignId, campaignId),
        eq(analysisJobs.kind, "transfer"),
        eq(analysisJobs.status, "done"),
      ),
    )
    .orderBy(desc(analysisJobs.finishedAt))
    .limit(1);
  return job?.result ? { job, result: job.result as TransferResult } : null;
}

/** The latest group × vote job for an election and dimension (any status; md preferred when several are done). */
export async function findGroupJob(
  db: Db,
  campaignId: string,
  election: string,
  dimension: string,
  method?: string,
): Promise<AnalysisJob & { result: GroupResult | null }> {
  const [job] = await db
    .select()
    .from(analysisJobs)
    .where(
      and(
        eq(analysisJobs.campaignId, campaignId),
        eq(analysisJobs.kind, "groups"),
        sql`${analysisJobs.inputs}->>'election' = ${election}`,
        sql`${analysisJobs.inputs}->>'dimension' = ${dimension}`,
        method ? eq(analysisJobs.method, method) : undefined,
      ),
    )
    .orderBy(
      sql`case ${analysisJobs.status} when 'done' then 0 when 'running' then 1 when 'queued' then 2 else 3 end`,
      sql`case ${analysisJobs.method} when 'md' then 0 else 1 end`,
      desc(analysisJobs.createdAt),
    )
    .limit(1);
  if (!job) {
    throw new AppError(
      "not_found",
      "Aucune analyse groupes × votes pour cette élection : lancez-la d'abord.",
    );
  }
  return job as AnalysisJob & { result: GroupResult | null };
}
