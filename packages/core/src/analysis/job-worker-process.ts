/**
 * A worker process for the crash tests (job-recovery.db.test.ts), run with `node --import
 * tsx`: opens the database as the server does (TERRAIN_WORKER_DB: a PostgreSQL URL or a
 * PGlite folder), starts the job runner, and answers JSON lines on stdin — `{"ask":
 * {campaignId, request}}` requests an analysis, `{"status": [ids]}` prints those jobs — with
 * JSON lines on stdout, the runner's log lines included. Not part of the product.
 */
import { createInterface } from "node:readline";
import { inArray } from "drizzle-orm";
import { createDb } from "../db/create-db.ts";
import { analysisJobs } from "../db/schema/index.ts";
import type { JobLogger } from "./job-logger.ts";
import { type AnalysisRequest, requestAnalysis } from "./request-analysis.ts";
import { startJobRunner } from "./start-job-runner.ts";

const target = process.env.TERRAIN_WORKER_DB ?? "";
const engine = JSON.parse(process.env.TERRAIN_WORKER_ENGINE ?? "{}");
const print = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);
const line = (level: string) => (fields: object, msg: string) => print({ level, msg, ...fields });
const logger: JobLogger = {
  debug: line("debug"),
  info: line("info"),
  warn: line("warn"),
  error: line("error"),
};

const handle = await createDb(target.startsWith("postgres") ? { databaseUrl: target } : { dataDir: target });
const runner = startJobRunner(handle.db, {
  databaseUrl: target.startsWith("postgres") ? target : undefined,
  engine,
  logger,
  pollMs: 500,
});
await runner.ready;
print({ ready: true, pid: process.pid });

for await (const text of createInterface({ input: process.stdin })) {
  const command = JSON.parse(text) as {
    ask?: { campaignId: string; request: AnalysisRequest };
    status?: string[];
  };
  if (command.ask) {
    const { job } = await requestAnalysis(handle.db, command.ask.campaignId, command.ask.request);
    print({ asked: job.id });
  }
  if (command.status) {
    const rows = await handle.db
      .select({
        id: analysisJobs.id,
        status: analysisJobs.status,
        progress: analysisJobs.progress,
        attempts: analysisJobs.attempts,
        lockedBy: analysisJobs.lockedBy,
        error: analysisJobs.error,
      })
      .from(analysisJobs)
      .where(inArray(analysisJobs.id, command.status));
    print({ status: rows });
  }
}
