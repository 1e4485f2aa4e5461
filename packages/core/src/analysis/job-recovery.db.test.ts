import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db/create-db.ts";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { loadTwoCampaigns, transferRequest } from "./job-test-campaigns.ts";

const script = fileURLToPath(new URL("./job-worker-process.ts", import.meta.url));
/** MD chains long enough (several seconds) to kill the worker in the middle of one. */
const ENGINE = { samples: 6000, burnin: 6000, chains: 2 };

interface JobRow {
  id: string;
  status: string;
  progress: number;
  attempts: number;
  error: string | null;
}
type Line = { msg?: string; asked?: string; status?: JobRow[]; ready?: boolean; [k: string]: unknown };

/** A real worker process (job-worker-process.ts) on the test database, driven by JSON lines. */
function worker(target: string) {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, TERRAIN_WORKER_DB: target, TERRAIN_WORKER_ENGINE: JSON.stringify(ENGINE) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: Line[] = [];
  let buffer = "";
  let err = "";
  child.stdout.on("data", (d) => {
    buffer += d;
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      const text = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      if (text.startsWith("{")) lines.push(JSON.parse(text));
    }
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const next = async (test: (l: Line) => boolean, timeoutMs = 180_000): Promise<Line> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find(test);
      if (found) {
        lines.splice(lines.indexOf(found), 1);
        return found;
      }
      if (Date.now() > end || child.exitCode !== null || child.signalCode !== null)
        throw new Error(`worker: no awaited line; log: ${JSON.stringify(lines)} ${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const send = (command: object) => child.stdin.write(`${JSON.stringify(command)}\n`);
  const job = async (id: string) => {
    send({ status: [id] });
    const l = await next((x) => x.status !== undefined);
    return (l.status ?? [])[0];
  };
  const waitJob = async (id: string, done: (j: JobRow) => boolean, timeoutMs = 240_000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const row = await job(id);
      if (row && done(row)) return row;
      if (Date.now() > end) throw new Error(`job ${id} still ${JSON.stringify(row)}; log: ${err}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const ask = async (campaignId: string, request: object) => {
    send({ ask: { campaignId, request } });
    return (await next((l) => l.asked !== undefined)).asked as string;
  };
  return { child, exited, next, ask, waitJob, logged: () => lines };
}

// kill -9 of the server in the middle of an MD job, then a restart: another campaign's job
// still runs, and the interrupted job is resumed (issue 10, item 2). On PostgreSQL this is
// where the dead worker's pg-boss message used to block every fetch of the queue.
describe(`a worker process killed in the middle of a job (${testDbKind()})`, () => {
  const children: ChildProcess[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "terrain-recovery-"));
  let handle: DbHandle | undefined;
  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("resumes the interrupted job after a restart and runs another campaign's job meanwhile", async () => {
    let target = path.join(dir, "data");
    if (testDbKind() === "postgres") {
      handle = await createTestDb();
      const { database } = (handle.db as unknown as { $client: { options: { database: string } } }).$client
        .options;
      const url = new URL(process.env.TERRAIN_TEST_DATABASE_URL ?? "");
      url.pathname = `/${database}`;
      target = url.toString();
    }
    // the embedded database belongs to one process: fill it, close it, then hand it to the workers
    const filling = handle ?? (await createDb({ dataDir: target }));
    const { a, b } = await loadTwoCampaigns(filling.db);
    if (!handle) await filling.close();

    const first = worker(target);
    children.push(first.child);
    await first.next((l) => l.ready === true);
    const md = await first.ask(a, transferRequest("md"));
    await first.waitJob(md, (j) => j.status === "running" && j.progress > 0);
    first.child.kill("SIGKILL");
    await first.exited;

    const second = worker(target);
    children.push(second.child);
    await second.next((l) => l.ready === true);
    const quick = await second.ask(b, transferRequest("lphom"));
    const other = await second.waitJob(quick, (j) => j.status === "done" || j.status === "failed");
    expect(other).toMatchObject({ status: "done", attempts: 1 });
    // once the interrupted job is taken again, another campaign's job still gets a worker
    await second.waitJob(md, (j) => j.attempts === 2 || j.status !== "running");
    const later = await second.ask(b, transferRequest("lphom", 2));
    expect(await second.waitJob(later, (j) => j.status === "done" || j.status === "failed")).toMatchObject({
      status: "done",
    });
    const resumed = await second.waitJob(md, (j) => j.status === "done" || j.status === "failed");
    expect(resumed).toMatchObject({ status: "done", attempts: 2, error: null });
    // what happened is in the log
    expect(
      second.logged().some((l) => l.msg === "analysis job resumed: its worker died" && l.jobId === md),
    ).toBe(true);
    second.child.kill("SIGTERM");
    await second.exited;
  }, 600_000);
});
