import PgBoss from "pg-boss";
import type { Db } from "../db/db-type.ts";
import { type JobLogger, silentJobLogger } from "./job-logger.ts";
import { connectionOf } from "./job-queue-connection.ts";

export { pgliteExecutor, pgSettingsOf } from "./job-queue-connection.ts";

/** The pg-boss queue that carries "run analysis job <id>" messages. */
export const ANALYSIS_QUEUE = "terrain-analysis-jobs";
/**
 * The queue of earlier versions, on pg-boss's `stately` policy: a message re-sent for a job
 * whose dead worker's message was still active made every fetch of the queue fail on its
 * unique index until that message expired. Removed, with its messages, at start.
 */
const LEGACY_QUEUE = "terrain-analysis";

export interface JobQueueSettings {
  /** PostgreSQL: the URL for pg-boss's own pool (default: the Db's connection settings). */
  databaseUrl?: string;
  /** A message fetched and not completed this long (its worker died in between) is retried (default 5 min). */
  expireInSeconds?: number;
  /** Retries of a message whose worker died or failed to take it (default 5). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay at each retry (default true). */
  retryBackoff?: boolean;
  /** How often pg-boss looks for expired messages (default 30 s). */
  maintenanceIntervalSeconds?: number;
  logger?: JobLogger;
}

export interface QueueMessage {
  /** pg-boss's message id. */
  id: string;
  jobId: string;
}

export interface JobQueue {
  readonly boss: PgBoss;
  /** Sends "run job <id>" unless a message for that job already waits; its id, or null when one waits. */
  announce(jobId: string): Promise<string | null>;
  /** Called after each message sent by this process (the runner wakes its idle loop). */
  onAnnounce?: () => void;
  /** Takes the next waiting message (now active), or null. */
  fetch(): Promise<QueueMessage | null>;
  /** Ends a message taken with fetch. */
  complete(messageId: string): Promise<void>;
  /** Gives a message back to pg-boss, which retries it after its delay. */
  fail(messageId: string, error: Error): Promise<void>;
  /** Stops pg-boss (its maintenance and connections). */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Opens the analysis queue on pg-boss (10.x, the last line for Node 20) in the database
 * of `db`: installs or migrates pg-boss's schema, creates the queue with the `short`
 * policy (at most one waiting message per job id, through `singletonKey`; active ones are
 * not constrained, so a message re-sent for a dead worker's job never blocks a fetch), and
 * applies the expiry and retry settings. Works on PostgreSQL, where any number of
 * processes share the queue, and on the embedded PGlite (one process).
 */
export async function openJobQueue(db: Db, settings: JobQueueSettings = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    ...connectionOf(db, settings.databaseUrl),
    application_name: "terrain-jobs",
    schedule: false,
    supervise: true,
    migrate: true,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 30,
  });
  const log = settings.logger ?? silentJobLogger;
  boss.on("error", (error: Error) => log.error({ err: error }, "analysis job queue (pg-boss)"));
  await boss.start();
  const queue: PgBoss.Queue = {
    name: ANALYSIS_QUEUE,
    policy: "short",
    expireInSeconds: settings.expireInSeconds ?? 5 * 60,
    retryLimit: settings.retryLimit ?? 5,
    retryDelay: settings.retryDelaySeconds ?? 10,
    retryBackoff: settings.retryBackoff ?? true,
  };
  await boss.createQueue(ANALYSIS_QUEUE, queue);
  await boss.updateQueue(ANALYSIS_QUEUE, queue);
  if (await boss.getQueue(LEGACY_QUEUE)) {
    try {
      // its messages first: pg-boss 10 refuses to delete a queue that still holds any
      await boss.getDb().executeSql("DELETE FROM pgboss.job WHERE name = $1", [LEGACY_QUEUE]);
      await boss.deleteQueue(LEGACY_QUEUE);
      log.info(
        { queue: LEGACY_QUEUE },
        "analysis job queue: the former queue removed (its jobs are announced again)",
      );
    } catch (error) {
      log.warn(
        { err: error, queue: LEGACY_QUEUE },
        "analysis job queue: the former queue could not be removed",
      );
    }
  }
  const jobQueue: JobQueue = {
    boss,
    async announce(jobId) {
      const id = await boss.send(ANALYSIS_QUEUE, { jobId }, { singletonKey: jobId });
      if (id) jobQueue.onAnnounce?.();
      return id;
    },
    async fetch() {
      const [message] = await boss.fetch<{ jobId: string }>(ANALYSIS_QUEUE);
      return message ? { id: message.id, jobId: message.data.jobId } : null;
    },
    async complete(messageId) {
      await boss.complete(ANALYSIS_QUEUE, messageId);
    },
    async fail(messageId, error) {
      await boss.fail(ANALYSIS_QUEUE, messageId, { message: error.message });
    },
    async stop(timeoutMs) {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
  return jobQueue;
}

const registered = new WeakMap<Db, JobQueue>();

/** Makes `requestAnalysis` on this Db announce new jobs through `queue` (the runner calls it). */
export function registerJobQueue(db: Db, queue: JobQueue): void {
  registered.set(db, queue);
}

export function unregisterJobQueue(db: Db, queue: JobQueue): void {
  if (registered.get(db) === queue) registered.delete(db);
}

/**
 * Announces a queued job to the pg-boss queue of this process, if it runs one. Without one
 * (the CLI), or if sending fails, the job stays queued in `analysis_jobs` and the next
 * sweep of any runner on the database announces it.
 */
export async function announceJob(db: Db, jobId: string): Promise<void> {
  const queue = registered.get(db);
  if (!queue) return;
  try {
    await queue.announce(jobId);
  } catch {
    // the table row is the truth; a runner's sweep announces it again
  }
}
