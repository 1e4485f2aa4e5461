import { availableParallelism } from "node:os";
import type { MdChainResult } from "./md-chain.ts";
import { type MdChainJob, runChainJob } from "./md-chain-job.ts";
import { runInWorker } from "./worker-bootstrap.ts";

const chainWorker = new URL("./md-chain-worker.ts", import.meta.url);

/**
 * Runs the chains of one MD fit: in worker threads (at most one per core at a time, the
 * rest queued) or in process when useWorkers is false. Chain k is seeded by chainRng(seed,
 * k), so both paths give identical draws. Progress is the mean fraction over chains.
 * Each worker runs md-chain-worker.ts (runInWorker).
 */
export async function runChains(
  jobs: MdChainJob[],
  useWorkers: boolean,
  onProgress?: (fraction: number) => void,
): Promise<MdChainResult[]> {
  const fractions = new Array<number>(jobs.length).fill(0);
  const report = (k: number, f: number): void => {
    fractions[k] = f;
    onProgress?.(fractions.reduce((a, b) => a + b, 0) / jobs.length);
  };
  if (!useWorkers || jobs.length === 0) {
    return jobs.map((job, k) => runChainJob(job, (f) => report(k, f)));
  }
  const slots = Math.max(1, Math.min(jobs.length, availableParallelism()));
  const results = new Array<MdChainResult>(jobs.length);
  let next = 0;
  const runNext = async (): Promise<void> => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await runInWorker<MdChainJob, MdChainResult>(
        chainWorker,
        jobs[k],
        `MD chain ${jobs[k].chain}`,
        (f) => report(k, f),
      );
    }
  };
  await Promise.all(Array.from({ length: slots }, runNext));
  return results;
}
