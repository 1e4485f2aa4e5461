import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/** What a worker entry posts back: progress, then its result or its error. */
export type WorkerMessage<Result> =
  | { type: "progress"; fraction: number }
  | { type: "done"; result: Result }
  | { type: "error"; message: string };

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

/**
 * Source of a two-line bootstrap (for `new Worker(source, { eval: true })`) that registers
 * tsx's ESM hooks in the worker's own thread, then imports the TypeScript module `entry`
 * (a file URL). On Node 20, `execArgv: ["--import", "tsx"]` does not reach worker threads
 * ("Unknown file extension .ts"), hence this.
 */
export function workerBootstrap(entry: URL): string {
  const tsxApi = resolveTsxEsmApi();
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
}

/**
 * Runs one job in a fresh worker thread on the TypeScript module `entry`, which receives the
 * job as its first message and posts WorkerMessage<Result>s; resolves with the result and
 * terminates the worker. `label` names the job in errors.
 */
export function runInWorker<Job, Result>(
  entry: URL,
  job: Job,
  label: string,
  onProgress: (fraction: number) => void,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap(entry), { eval: true });
    let settled = false;
    const finish = (err: Error | null, result?: Result): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (err) reject(err);
      else resolve(result as Result);
    };
    worker.on("message", (msg: WorkerMessage<Result>) => {
      if (msg.type === "progress") onProgress(msg.fraction);
      else if (msg.type === "done") finish(null, msg.result);
      else finish(new Error(`${label} failed: ${msg.message}`));
    });
    worker.on("error", (err) => finish(err));
    worker.on("exit", (code) => {
      if (!settled) finish(new Error(`${label}: worker exited with code ${code}`));
    });
    worker.postMessage(job);
  });
}
