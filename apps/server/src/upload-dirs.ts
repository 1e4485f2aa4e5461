import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isProcessAlive } from "@terrain/core/src/is-process-alive.ts";

/** Upload folders are named terrain-upload-<pid of the server>-<random> in the temp directory. */
const PREFIX = "terrain-upload-";
/** Folders of earlier versions name no process: removed once this old. */
const UNOWNED_AFTER_MS = 24 * 3600_000;

/** A new folder for one upload's files, named after this process so a later start can tell it is left over. */
export function makeUploadDir(root = tmpdir()): Promise<string> {
  return mkdtemp(path.join(root, `${PREFIX}${process.pid}-`));
}

export interface SweepUploadDirsOptions {
  /** The temp directory (default os.tmpdir()). */
  root?: string;
  /** When this process started: only folders last written before it are candidates. */
  startedAt?: Date;
  now?: Date;
}

/**
 * Removes the upload folders a crashed server left in the temp directory (a killed import
 * keeps its files, tens of megabytes each, forever). Only folders with the upload prefix,
 * last written before this process started, whose process is gone (or is this pid reused
 * by a restart); folders that name no process, from earlier versions, once a day old.
 * Returns the folders removed; one that cannot be removed (another user's) is left.
 */
export async function sweepUploadDirs(options: SweepUploadDirsOptions = {}): Promise<string[]> {
  const root = options.root ?? tmpdir();
  const startedAt = options.startedAt ?? new Date(Date.now() - process.uptime() * 1000);
  const now = options.now ?? new Date();
  const removed: string[] = [];
  for (const name of await readdir(root).catch(() => [])) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(root, name);
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory() || info.mtime >= startedAt) continue;
    const owner = /^(\d+)-/.exec(name.slice(PREFIX.length));
    const pid = owner ? Number(owner[1]) : null;
    const left =
      pid === null
        ? now.getTime() - info.mtime.getTime() > UNOWNED_AFTER_MS
        : pid === process.pid || !isProcessAlive(pid);
    if (!left) continue;
    try {
      await rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // not ours to remove
    }
  }
  return removed;
}
