import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { MdChainResult } from "./md-chain.ts";
import { type MdChainJob, runChainJob } from "./md-chain-job.ts";

type WorkerMessage =
  | { type: "progress"; fraction: number }
  | { type: "done"; result: MdChainResult }
  | { type: "error"; message: string };

/**
 * Runs the chains of one MD fit: in worker threads (at most one per core at a time, the
 * rest queued) or in process when useWorkers is false. Chain k is seeded by chainRng(seed,
 * k), so both paths give identical draws. Progress is the mean fraction over chains.
 * Workers load TypeScript through tsx: on Node 20, `execArgv: ["--import", "tsx"]` does not
 * reach worker threads (checked: "Unknown file extension .ts"), so each worker starts from a
 * two-line bootstrap that registers tsx's ESM hooks in its own thread and then imports
 * md-chain-worker.ts.
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
      results[k] = await runInWorker(jobs[k], (f) => report(k, f));
    }
  };
  await Promise.all(Array.from({ length: slots }, runNext));
  return results;
}

/**
 * URL of tsx's ESM API (the "import" condition: its CommonJS twin cannot register hooks).
 * import.meta.resolve where the runtime offers it; otherwise (e.g. under Vitest's module
 * runner) the require-resolved path with the ESM extension of the same export.
 */
function resolveTsxEsmApi(): string {
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string };
  if (typeof meta.resolve === "function") {
    try {
      return meta.resolve("tsx/esm/api");
    } catch {
      // fall through to require.resolve
    }
  }
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  return pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
}

/** Source of the bootstrap that loads md-chain-worker.ts through tsx in a worker thread. */
function workerBootstrap(): string {
  const tsxApi = resolveTsxEsmApi();
  const entry = new URL("./md-chain-worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

function runInWorker(job: MdChainJob, onProgress: (fraction: number) => void): Promise<MdChainResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap(), { eval: true });
    let settled = false;
    const finish = (err: Error | null, result?: MdChainResult): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (err) reject(err);
      else if (result) resolve(result);
    };
    worker.on("message", (msg: WorkerMessage) => {
      if (msg.type === "progress") onProgress(msg.fraction);
      else if (msg.type === "done") finish(null, msg.result);
      else finish(new Error(`MD chain ${job.chain} failed: ${msg.message}`));
    });
    worker.on("error", (err) => finish(err));
    worker.on("exit", (code) => {
      if (!settled) finish(new Error(`MD chain ${job.chain}: worker exited with code ${code}`));
    });
    worker.postMessage(job);
  });
}
