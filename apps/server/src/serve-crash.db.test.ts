import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schema } from "@terrain/core";
import { loadTwoCampaigns, transferRequest } from "@terrain/core/src/analysis/job-test-campaigns.ts";
import { requestAnalysis } from "@terrain/core/src/analysis/request-analysis.ts";
import type { DbHandle } from "@terrain/core/src/db/db-type.ts";
import { createTestDb, testDbKind } from "@terrain/core/src/db/test-db.ts";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/terrain.mjs", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "terrain-crash-"));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function serve(databaseUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, "serve", "--no-demo", "--port", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, TERRAIN_DATA_DIR: dir, TERRAIN_LOG_LEVEL: "info" },
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, exited, output: () => out };
}

async function waitUntil<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 300_000;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// The acceptance scenario of issue 10, item 2, on the real `terrain serve` and PostgreSQL,
// where the dead server's pg-boss message used to block every campaign's jobs for 15
// minutes: kill -9 during an MD job, restart, then another campaign's lphom job runs and
// the interrupted job is resumed. Jobs are asked in the database, as another server would.
describe.skipIf(testDbKind() !== "postgres")("terrain serve killed during an analysis (postgres)", () => {
  const children: ChildProcess[] = [];
  let handle: DbHandle | undefined;
  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("resumes the interrupted MD job after a restart, and another campaign's job still runs", async () => {
    handle = await createTestDb();
    const db = handle.db;
    const { database } = (db as unknown as { $client: { options: { database: string } } }).$client.options;
    const url = new URL(process.env.TERRAIN_TEST_DATABASE_URL ?? "");
    url.pathname = `/${database}`;
    const { a, b } = await loadTwoCampaigns(db);
    const job = async (id: string) =>
      (await db.select().from(schema.analysisJobs).where(eq(schema.analysisJobs.id, id)))[0];
    const finished = (j: { status: string }) => j.status === "done" || j.status === "failed";

    const first = await serve(url.toString());
    children.push(first.child);
    const md = (await requestAnalysis(db, a, transferRequest("md"))).job.id;
    await waitUntil(
      () => job(md),
      (j) => j.status === "running" && j.progress > 0,
      "MD job started",
    );
    first.child.kill("SIGKILL");
    await first.exited;

    const second = await serve(url.toString());
    children.push(second.child);
    const quick = (await requestAnalysis(db, b, transferRequest("lphom"))).job.id;
    expect(await waitUntil(() => job(quick), finished, "other campaign's job")).toMatchObject({
      status: "done",
    });
    const resumed = await waitUntil(() => job(md), finished, "interrupted job");
    expect(resumed).toMatchObject({ status: "done", attempts: 2 });
    expect(second.output()).toMatch(/analysis job resumed: its worker died/);
    second.child.kill("SIGTERM");
    await second.exited;
  }, 900_000);
});
