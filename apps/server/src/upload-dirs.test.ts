import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeUploadDir, sweepUploadDirs } from "./upload-dirs.ts";

const root = mkdtempSync(path.join(tmpdir(), "terrain-sweep-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pid that no process has now: one of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid as number;

function folder(name: string, ageMs: number, file = true): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  if (file) writeFileSync(path.join(dir, "big.csv"), "x".repeat(1000));
  const t = new Date(Date.now() - ageMs);
  utimesSync(dir, t, t);
  return dir;
}

describe("upload folders left by a crash", () => {
  it("removes at start the folders of dead processes, and only those", async () => {
    const startedAt = new Date(Date.now() - 60_000);
    const crashed = folder(`terrain-upload-${deadPid()}-aaaaaa`, 5 * 60_000);
    const reused = folder(`terrain-upload-${process.pid}-bbbbbb`, 5 * 60_000); // this pid, a previous run
    const live = folder(`terrain-upload-${process.ppid}-cccccc`, 5 * 60_000); // a live process's import
    const fresh = await makeUploadDir(root); // this process's import in progress
    const recentDead = folder(`terrain-upload-${deadPid()}-dddddd`, 0); // written after this start
    const oldStyle = folder("terrain-upload-Xy12ab", 2 * 24 * 3600_000);
    const youngOldStyle = folder("terrain-upload-Zz98cd", 5 * 60_000);
    const other = folder("something-else-1", 5 * 60_000);
    const removed = await sweepUploadDirs({ root, startedAt });
    expect(removed.sort()).toEqual([crashed, oldStyle, reused].sort());
    for (const d of [crashed, reused, oldStyle]) expect(existsSync(d)).toBe(false);
    for (const d of [live, fresh, recentDead, youngOldStyle, other]) expect(existsSync(d)).toBe(true);
    expect(path.basename(fresh)).toMatch(new RegExp(`^terrain-upload-${process.pid}-`));
  });
});
