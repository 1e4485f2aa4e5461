import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Db } from "../db/db-type.ts";

/** The pg-boss queue that carries "run analysis job <id>" messages. */
export const ANALYSIS_QUEUE = "terrain-analysis";

export interface JobQueueSettings {
  /** PostgreSQL: the URL for pg-boss's own pool (default: the Db's connection settings). */
  databaseUrl?: string;
  /** A message still active this long is taken for lost (its worker died) and retried (default 15 min). */
  expireInSeconds?: number;
  /** Retries of a message whose worker died or failed to take it (default 5). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay at each retry (default true). */
  retryBackoff?: boolean;
  /** How often pg-boss looks for expired messages (default 30 s). */
  maintenanceIntervalSeconds?: number;
  /** How often an idle worker asks for a message (default 1 s; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** pg-boss's background errors (maintenance, polling); default: a warning on stderr. */
  onError?: (error: Error) => void;
}

export interface JobQueue {
  readonly boss: PgBoss;
  /** Sends "run job <id>" unless a message for that job already waits; its id, or null when one waits. */
  announce(jobId: string): Promise<string | null>;
  /** Hands each message's job id to `handler`, one at a time; a throw makes pg-boss retry later. */
  work(handler: (jobId: string) => Promise<void>): Promise<void>;
  /** Stops fetching, waits up to timeoutMs for the job in hand, then stops pg-boss. */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * pg-boss's bring-your-own-connection adapter over PGlite: parameterised statements go
 * through `query`; pg-boss's multi-statement scripts (schema install, migrations, locked
 * maintenance, each `BEGIN; …; COMMIT;`) run in one PGlite transaction, so a script that
 * fails (two instances installing the schema at once) rolls back instead of leaving the
 * shared connection in an aborted transaction.
 */
export function pgliteExecutor(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      const body = text.replace(/^\s*BEGIN\s*;/i, "").replace(/COMMIT\s*;\s*$/i, "");
      const results = await client.transaction((tx) => tx.exec(body));
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

interface PostgresJsOptions {
  host: string[];
  port: number[];
  path?: string | false;
  database: string;
  user: string;
  pass?: string | (() => Promise<string>) | null;
  ssl?: unknown;
}

/** node-postgres settings equal to a postgres.js client's (host or socket, database, user, TLS). */
export function pgSettingsOf(options: PostgresJsOptions): PgBoss.DatabaseOptions {
  const ssl = options.ssl;
  return {
    host: options.path ? path.dirname(options.path) : options.host[0],
    port: options.port[0],
    database: options.database,
    user: options.user,
    ...(options.pass ? { password: options.pass } : {}),
    ...(ssl && typeof ssl === "object"
      ? { ssl }
      : ssl === true || ssl === "verify-full"
        ? { ssl: true }
        : ssl === "require" || ssl === "prefer" || ssl === "allow"
          ? { ssl: { rejectUnauthorized: false } }
          : {}),
  };
}

/** How pg-boss reaches the database of `db`: PGlite through the adapter, PostgreSQL through its own pool. */
function connectionOf(db: Db, databaseUrl: string | undefined): PgBoss.DatabaseOptions {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof PGlite) return { db: pgliteExecutor(client) };
  if (databaseUrl) return { connectionString: databaseUrl, max: 3 };
  const options = (client as { options?: PostgresJsOptions }).options;
  if (!options?.host) throw new Error("job queue: the database handle is neither PGlite nor postgres.js");
  return { ...pgSettingsOf(options), max: 3 };
}

/**
 * Opens the analysis queue on pg-boss (10.x, the last line for Node 20) in the database
 * of `db`: installs or migrates pg-boss's schema, creates the queue with the `stately`
 * policy (at most one waiting message per job id, through `singletonKey`), and applies
 * the expiry and retry settings. Works on PostgreSQL, where any number of processes
 * share the queue, and on the embedded PGlite (one process).
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
  const onError =
    settings.onError ?? ((error: Error) => process.stderr.write(`job queue (pg-boss): ${error.message}\n`));
  boss.on("error", onError);
  await boss.start();
  const queue: PgBoss.Queue = {
    name: ANALYSIS_QUEUE,
    policy: "stately",
    expireInSeconds: settings.expireInSeconds ?? 15 * 60,
    retryLimit: settings.retryLimit ?? 5,
    retryDelay: settings.retryDelaySeconds ?? 10,
    retryBackoff: settings.retryBackoff ?? true,
  };
  await boss.createQueue(ANALYSIS_QUEUE, queue);
  await boss.updateQueue(ANALYSIS_QUEUE, queue);
  let workerId: string | undefined;
  return {
    boss,
    async announce(jobId) {
      const id = await boss.send(ANALYSIS_QUEUE, { jobId }, { singletonKey: jobId });
      if (id && workerId) boss.notifyWorker(workerId);
      return id;
    },
    async work(handler) {
      workerId = await boss.work<{ jobId: string }>(
        ANALYSIS_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 1 },
        async ([message]) => {
          if (message) await handler(message.data.jobId);
        },
      );
    },
    async stop(timeoutMs) {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
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
