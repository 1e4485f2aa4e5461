import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/terrain.mjs", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "terrain-serve-"));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: "", TERRAIN_LOG_LEVEL: "info", ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (re: RegExp, timeoutMs = 120_000) => {
    const start = Date.now();
    while (!re.test(out)) {
      if (Date.now() - start > timeoutMs || child.exitCode !== null)
        throw new Error(`waiting for ${re}: ${out}${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out.match(re)!;
  };
  return { child, exited, waitFor, output: () => ({ out, err }) };
}

// The real `terrain` process: bad settings stop with one sentence; SIGTERM finishes the
// request in flight and loses nothing. Runs on the embedded database only.
describe.skipIf(testDbKind() === "postgres")("terrain serve as a process", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("finishes an in-flight request on SIGTERM, exits 0, keeps what it wrote, and keeps its folder to itself", async () => {
    const port = await freePort();
    const dataDir = path.join(dir, "data");
    const s = run(["serve", "--no-demo", "--port", String(port), "--data-dir", dataDir]);
    children.push(s.child);
    const [, token] = await s.waitFor(/setup\?token=([\w-]+)/);
    const pending = fetch(`http://127.0.0.1:${port}/api/setup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        token,
        name: "Admin",
        email: "admin@example.org",
        password: "a-long-password-1",
      }),
    });
    await s.waitFor(/"url":"\/api\/setup"/);
    s.child.kill("SIGTERM");
    const res = await pending;
    expect(res.status).toBe(201);
    expect(await s.exited).toBe(0);

    const again = run(["serve", "--no-demo", "--port", String(port), "--data-dir", dataDir]);
    children.push(again.child);
    await again.waitFor(/Terrain is running/);
    const setup = await (await fetch(`http://127.0.0.1:${port}/api/setup`)).json();
    expect(setup).toEqual({ needed: false });
    expect(again.output().out).not.toMatch(/setup\?token=/);
    // a second process on the same embedded database is refused, not let in to corrupt it
    const second = run(["status", "--data-dir", dataDir]);
    expect(await second.exited).toBe(1);
    expect(second.output().err.trim()).toBe(
      `terrain: The data folder ${path.resolve(dataDir)} is in use by another Terrain process (pid ${again.child.pid}): stop it first, or use the API while it runs (PostgreSQL serves several processes).`,
    );
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
    // once the server has stopped, the folder is free again
    const after = run(["status", "--data-dir", dataDir]);
    expect(await after.exited).toBe(0);
  });

  it("says in one sentence that the port is in use", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const { port } = blocker.address() as { port: number };
    const s = run(["serve", "--no-demo", "--port", String(port), "--data-dir", path.join(dir, "data-port")]);
    expect(await s.exited).toBe(1);
    blocker.close();
    expect(s.output().err.trim()).toBe(
      `terrain: Port ${port} is already in use: stop the other program or choose another PORT.`,
    );
  });

  it("says in one sentence that the data folder cannot be written", async () => {
    const file = path.join(dir, "a-file");
    writeFileSync(file, "x");
    const s = run(["status", "--data-dir", path.join(file, "data")]);
    expect(await s.exited).toBe(1);
    expect(s.output().err.trim()).toMatch(/^terrain: The data folder .* cannot be written to\.$/);
  });

  it("says in one sentence that PostgreSQL cannot be reached", async () => {
    const s = run(["status", "--json"], { DATABASE_URL: "postgres://terrain:secret@127.0.0.1:1/terrain" });
    expect(await s.exited).toBe(1);
    const err = s.output().err.trim();
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toMatch(
      /^terrain: The PostgreSQL server at postgres:\/\/terrain:\*\*\*@127\.0\.0\.1:1\/terrain cannot be reached/,
    );
  });
});
