/**
 * Worker-thread entry of runEiOffThread: receives { input, method, options }, posts progress
 * messages, then the engine's output (or the error's message).
 */
import { parentPort } from "node:worker_threads";
import type { EiInput, EiMethod } from "./contract.ts";
import { type RunEiOptions, runEi } from "./run-ei.ts";

const port = parentPort;
if (port) {
  port.once("message", async (job: { input: EiInput; method: EiMethod; options: RunEiOptions }) => {
    try {
      const onProgress = (fraction: number) => port.postMessage({ type: "progress", fraction });
      const result = await runEi(job.input, job.method, { ...job.options, onProgress });
      port.postMessage({ type: "done", result });
    } catch (err) {
      port.postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) });
    }
  });
}
