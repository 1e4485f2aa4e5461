import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { isProcessAlive } from "../is-process-alive.ts";

/** Worker ids that a runner or a job of this process holds now (a count per id). */
const held = new Map<string, number>();

/** A worker's name in `analysis_jobs.locked_by`: host:pid:random, so a dead process can be told. */
export const defaultWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Marks `workerId` as alive in this process until the returned function is called. */
export function holdWorkerId(workerId: string): () => void {
  held.set(workerId, (held.get(workerId) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const n = (held.get(workerId) ?? 1) - 1;
    if (n > 0) held.set(workerId, n);
    else held.delete(workerId);
  };
}

/**
 * True when a worker id of the default form names a process of this host that is gone (no
 * such pid, or this very process, which holds no such worker: a restart that got the
 * same pid, as in a container). Unknown forms, other hosts and live pids answer false:
 * their jobs are taken over only once their heartbeat is stale.
 */
export function isWorkerGone(workerId: string): boolean {
  const m = /^(.+):(\d+):[0-9a-f]{8}$/.exec(workerId);
  if (!m || m[1] !== hostname()) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return !held.has(workerId);
  return !isProcessAlive(pid);
}
