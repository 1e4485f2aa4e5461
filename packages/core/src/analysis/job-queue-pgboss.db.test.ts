import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db/create-db.ts";
import type { Db, DbHandle } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { loadDemo } from "../demo/load-demo.ts";
import { ANALYSIS_QUEUE, openJobQueue } from "./job-queue-pgboss.ts";
import { type AnalysisJob, requestAnalysis } from "./request-analysis.ts";
import { claimJob, startJobRunner } from "./run-jobs.ts";

/** Short MD chains: about a second a job, longer than a worker's polling period. */
const ENGINE = { samples: 300, burnin: 300, chains: 1 };
const LEFT = { nuances: ["UG", "ECO", "LUG", "LECO", "LFI"] };

/**
 * A second connection to the same database, as a second worker process would open: on
 * PostgreSQL a new pool (and its URL, for pg-boss's own pool); on PGlite, which one
 * process owns, the same handle.
 */
async function secondConnection(handle: DbHandle): Promise<{ db: Db; url?: string; close(): Promise<void> }> {
  const base = process.env.TERRAIN_TEST_DATABASE_URL;
  if (handle.kind === "pglite" || !base) return { db: handle.db, close: async () => {} };
  const client = (handle.db as unknown as { $client: { options: { database: string } } }).$client;
  const url = new URL(base);
  url.pathname = `/${client.options.database}`;
  const other = await createDb({ databaseUrl: url.toString(), migrate: false });
  return { db: other.db, url: url.toString(), close: other.close };
}

async function rowsOf(db: Db, ids: string[]): Promise<AnalysisJob[]> {
  return db.select().from(analysisJobs).where(inArray(analysisJobs.id, ids));
}

async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe(`analysis jobs through pg-boss (${testDbKind()})`, () => {
  let handle: DbHandle;
  let other: Awaited<ReturnType<typeof secondConnection>>;
  let campaignId: string;
  beforeAll(async () => {
    handle = await createTestDb();
    other = await secondConnection(handle);
    campaignId = await loadDemo(handle.db, { bureaux: 8, voters: 4000 });
  });
  afterAll(async () => {
    await other?.close();
    await handle?.close();
  });

  const ask = (db: Db, seed: number) =>
    requestAnalysis(db, campaignId, {
      kind: "transfer",
      from: "leg2024t1",
      to: "leg2024t2",
      side: LEFT,
      method: "md",
      seed,
    });

  it("two runners (two pg-boss instances, as two worker processes) share the jobs: each runs once, all complete", async () => {
    const ran: Record<string, Set<string>> = { A: new Set(), B: new Set() };
    const runner = (name: string, db: Db, url?: string) =>
      startJobRunner(db, {
        workerId: name,
        databaseUrl: url,
        pollMs: 500,
        engine: ENGINE,
        onProgress: (job) => ran[name].add(job.id),
      });
    const a = runner("A", handle.db);
    const b = runner("B", other.db, other.url);
    try {
      await Promise.all([a.ready, b.ready]);
      const asked = [];
      for (const seed of [1, 2, 3, 4, 5, 6]) asked.push(await ask(seed % 2 ? handle.db : other.db, seed));
      const ids = asked.map((r) => r.job.id);
      expect(asked.every((r) => r.created)).toBe(true);
      await waitUntil(async () => (await rowsOf(handle.db, ids)).every((j) => j.status === "done"), 90_000);
      const rows = await rowsOf(handle.db, ids);
      expect(rows.map((j) => j.attempts)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(rows.every((j) => (j.result as { transfer?: unknown }).transfer)).toBe(true);
      // each job ran in exactly one runner, and both runners took some
      expect([...ran.A].filter((id) => ran.B.has(id))).toEqual([]);
      expect(new Set([...ran.A, ...ran.B])).toEqual(new Set(ids));
      expect(ran.A.size).toBeGreaterThan(0);
      expect(ran.B.size).toBeGreaterThan(0);
      for (const j of rows) expect(ran[j.lockedBy ?? "?"]?.has(j.id)).toBe(true);
      // asking again is free: the stored job, no new message
      const again = await ask(handle.db, 1);
      expect(again).toMatchObject({ created: false, job: { id: ids[0], status: "done" } });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 120_000);

  it("a job whose worker died (message taken, never completed) is taken again by the other worker", async () => {
    const settings = {
      expireInSeconds: 1,
      retryDelaySeconds: 1,
      retryBackoff: false,
      maintenanceIntervalSeconds: 1,
    };
    const { job } = await ask(handle.db, 7); // no runner: queued in the table only
    // worker A takes the message and the job, then its process dies: nothing completes either
    const dying = await openJobQueue(handle.db, settings);
    const messageId = await dying.announce(job.id);
    expect(messageId).not.toBeNull();
    expect(await dying.announce(job.id)).toBeNull(); // one waiting message per job
    const [message] = await dying.boss.fetch<{ jobId: string }>(ANALYSIS_QUEUE);
    expect(message?.data.jobId).toBe(job.id);
    expect((await claimJob(handle.db, "A", job.id))?.status).toBe("running");
    await dying.boss.stop({ graceful: false, wait: true });

    const watcher = await openJobQueue(handle.db, settings); // reads the message, takes none
    const b = startJobRunner(other.db, {
      ...settings,
      databaseUrl: other.url,
      workerId: "B",
      staleMs: 2500,
      sweepMs: 0, // no sweep of the table: only pg-boss's expiry and retry can bring the job back
      pollMs: 500,
      engine: ENGINE,
    });
    try {
      await b.ready;
      const message = () =>
        watcher.boss.getJobById(ANALYSIS_QUEUE, messageId ?? "", { includeArchive: true });
      await waitUntil(async () => (await message())?.state === "completed", 60_000);
      const [row] = await rowsOf(handle.db, [job.id]);
      expect(row).toMatchObject({ status: "done", lockedBy: "B", attempts: 2 });
      expect((await message())?.retryCount).toBeGreaterThanOrEqual(1);
    } finally {
      await b.stop();
      await watcher.stop(1000);
    }
  }, 120_000);

  it("a runner that starts announces the jobs queued while no runner was up (by the CLI, or before a restart)", async () => {
    const { job } = await ask(other.db, 9); // no runner on this connection: no message, queued in the table
    expect(job.status).toBe("queued");
    const c = startJobRunner(handle.db, { workerId: "C", pollMs: 500, engine: ENGINE });
    try {
      await waitUntil(async () => (await rowsOf(handle.db, [job.id]))[0].status === "done", 60_000);
      expect((await rowsOf(handle.db, [job.id]))[0]).toMatchObject({ lockedBy: "C", attempts: 1 });
    } finally {
      await c.stop();
    }
  }, 120_000);

  it("marks failed, with a clear reason, a job whose worker died too many times", async () => {
    const { job } = await ask(handle.db, 8);
    await handle.db
      .update(analysisJobs)
      .set({ status: "running", attempts: 3, lockedBy: "dead", heartbeat: new Date(Date.now() - 120_000) })
      .where(eq(analysisJobs.id, job.id));
    expect(await claimJob(handle.db, "C", job.id, { takeOverAfterMs: 60_000 })).toBeNull();
    const [row] = await rowsOf(handle.db, [job.id]);
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(/interrompu 3 fois/);
    // asking again re-queues it with fresh attempts
    const again = await ask(handle.db, 8);
    expect(again.job).toMatchObject({ id: job.id, status: "queued", attempts: 0 });
  });
});
