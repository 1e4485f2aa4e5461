import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "terrain-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A real other process: alive until killed. */
const sleeper = () => spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });

describe("lockDataDir", () => {
  it("refuses a folder that a live process holds, naming that process", async () => {
    const dir = tempDir();
    const other = sleeper();
    try {
      writeFileSync(path.join(dir, "terrain.pid"), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(`in use by another Terrain process (pid ${other.pid})`);
      expect(readFileSync(path.join(dir, "terrain.pid"), "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    const gone = sleeper();
    const pid = gone.pid;
    await new Promise((resolve) => {
      gone.once("exit", resolve);
      gone.kill();
    });
    writeFileSync(path.join(dir, "terrain.pid"), String(pid));
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "terrain.pid"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, "terrain.pid"))).toBe(false);
  });

  it("releases on close, so the folder can be opened again", () => {
    const dir = tempDir();
    lockDataDir(dir)();
    const again = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "terrain.pid"), "utf8")).toBe(String(process.pid));
    again();
  });
});
