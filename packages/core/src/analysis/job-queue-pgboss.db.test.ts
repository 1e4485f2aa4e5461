import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db/create-db.ts";
import type { Db, DbHandle } from "../db/db-type.ts";
import { analysisJobs } from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { silentJobLogger } from "./job-logger.ts";
import { openJobQueue } from "./job-queue-pgboss.ts";
import { loadTwoCampaigns, transferRequest } from "./job-test-campaigns.ts";
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
  let campaigns: { a: string; b: string };
  beforeAll(async () => {
    handle = await createTestDb();
    other = await secondConnection(handle);
    campaigns = await loadTwoCampaigns(handle.db);
    campaignId = campaigns.a;
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
        perCampaign: 6, // one campaign here: let both processes run its jobs
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

  it("a worker that died holding a message neither blocks the queue nor its job: both run within the sweep", async () => {
    const settings = { pollMs: 500, staleMs: 2500, sweepMs: 500, engine: ENGINE };
    const { job } = await ask(handle.db, 7); // no runner: queued in the table only
    // worker A takes the message and the job, then its process dies: nothing completes either
    const dying = await openJobQueue(handle.db);
    expect(await dying.announce(job.id)).not.toBeNull();
    expect(await dying.announce(job.id)).toBeNull(); // one waiting message per job
    const message = await dying.fetch();
    expect(message?.jobId).toBe(job.id);
    expect((await claimJob(handle.db, "A", job.id))?.status).toBe("running");
    // the job is announced again while A's message is still active (a restart's sweep did
    // this): with the former `stately` queue every fetch then failed until the message expired
    expect(await dying.announce(job.id)).not.toBeNull();
    await dying.boss.stop({ graceful: false, wait: true });

    const quick = await requestAnalysis(handle.db, campaigns.b, transferRequest("lphom", 7));
    const errors: unknown[] = [];
    const b = startJobRunner(other.db, {
      ...settings,
      databaseUrl: other.url,
      workerId: "B",
      logger: { ...silentJobLogger, error: (fields) => errors.push(fields) },
    });
    try {
      await waitUntil(async () => (await rowsOf(handle.db, [quick.job.id]))[0].status === "done", 90_000);
      await waitUntil(async () => (await rowsOf(handle.db, [job.id]))[0].status === "done", 90_000);
      const [row] = await rowsOf(handle.db, [job.id]);
      expect(row).toMatchObject({ status: "done", lockedBy: "B", attempts: 2 });
      expect(errors).toEqual([]);
    } finally {
      await b.stop();
    }
  }, 120_000);

  it("shares the workers between campaigns: a small job of one starts before another's backlog is drained", async () => {
    const backlog: string[] = [];
    for (const seed of [11, 12, 13, 14, 15, 16]) backlog.push((await ask(handle.db, seed)).job.id);
    const small = (await requestAnalysis(handle.db, campaigns.b, transferRequest("lphom", 11))).job.id;
    const runner = startJobRunner(handle.db, { workerId: "F", pollMs: 500, engine: ENGINE, concurrency: 2 });
    try {
      await waitUntil(
        async () => (await rowsOf(handle.db, [small])).every((j) => j.status === "done"),
        90_000,
      );
      // the other campaign's backlog was not drained when its job started
      const left = (await rowsOf(handle.db, backlog)).filter((j) => j.status === "queued");
      expect(left.length).toBeGreaterThan(0);
      await waitUntil(
        async () => (await rowsOf(handle.db, backlog)).every((j) => j.status === "done"),
        120_000,
      );
      // and the backlog ran one job at a time (the campaign's share), in the order asked
      const rows = (await rowsOf(handle.db, backlog)).sort(
        (x, y) => backlog.indexOf(x.id) - backlog.indexOf(y.id),
      );
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i].startedAt?.getTime()).toBeGreaterThanOrEqual(
          rows[i - 1].finishedAt?.getTime() ?? Infinity,
        );
      }
    } finally {
      await runner.stop();
    }
  }, 240_000);

  it("removes the former stately queue, where a dead worker's message blocked every fetch", async () => {
    const { job } = await ask(handle.db, 17);
    const { job: next } = await ask(handle.db, 18);
    const old = await openJobQueue(handle.db);
    const legacy = "terrain-analysis";
    await old.boss.createQueue(legacy, { name: legacy, policy: "stately" });
    await old.boss.send(legacy, { jobId: job.id }, { singletonKey: job.id });
    expect(await old.boss.fetch(legacy)).toHaveLength(1); // its worker then dies
    await old.boss.send(legacy, { jobId: job.id }, { singletonKey: job.id }); // re-announced
    await old.boss.send(legacy, { jobId: next.id }, { singletonKey: next.id });
    // every fetch hits the unique index on the re-announced message (pg-boss hides the
    // error and returns nothing), so the message behind it never comes out
    for (let i = 0; i < 10; i++) {
      expect(await old.boss.fetch(legacy)).toEqual([]);
      await new Promise((r) => setTimeout(r, 100));
    }
    await old.stop(1000);
    const runner = startJobRunner(handle.db, { workerId: "L", pollMs: 500, engine: ENGINE, perCampaign: 2 });
    try {
      await waitUntil(
        async () => (await rowsOf(handle.db, [job.id, next.id])).every((j) => j.status === "done"),
        90_000,
      );
      const check = await openJobQueue(handle.db);
      expect(await check.boss.getQueue(legacy)).toBeNull();
      await check.stop(1000);
    } finally {
      await runner.stop();
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
    expect(await claimJob(handle.db, "C", job.id, { takeOverAfterMs: 30_000 })).toBeNull();
    const [row] = await rowsOf(handle.db, [job.id]);
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(/interrompu 3 fois/);
    // asking again re-queues it with fresh attempts
    const again = await ask(handle.db, 8);
    expect(again.job).toMatchObject({ id: job.id, status: "queued", attempts: 0 });
  });
});
