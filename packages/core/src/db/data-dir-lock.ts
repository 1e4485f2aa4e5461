import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { AppError } from "../errors.ts";
import { isProcessAlive as alive } from "../is-process-alive.ts";

const LOCK_FILE = "terrain.pid";

/**
 * Takes the embedded database's folder for this process. PGlite is one PostgreSQL in one
 * process: a second process opening the same folder (a `terrain import` while `terrain
 * serve` runs) would write beside the first and corrupt or lose data. The lock is a file
 * created exclusively (O_EXCL) holding our pid; a file left by a dead process (a crash,
 * a kill -9) is taken over. Returns the release function. Written by hand because the
 * lock libraries judge staleness by age (proper-lockfile refreshes an mtime), while here
 * the owner's pid says it exactly, and the one-machine case is the only one (PostgreSQL
 * serves several processes).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) {
        throw new AppError(
          "unavailable",
          `The data folder ${path.resolve(dataDir)} is in use by another Terrain process (pid ${owner}): stop it first, or use the API while it runs (PostgreSQL serves several processes).`,
        );
      }
      rmSync(file, { force: true }); // left by a process that is gone: take it over
    }
  }
  throw new AppError("unavailable", `The data folder ${path.resolve(dataDir)} could not be locked.`);
}
