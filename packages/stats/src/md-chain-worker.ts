/**
 * Worker-thread entry of the MD sampler: receives one MdChainJob, posts progress
 * messages and then the chain's draws (typed-array buffers transferred, not copied).
 */
import { parentPort } from "node:worker_threads";
import { type MdChainJob, runChainJob } from "./md-chain-job.ts";

const port = parentPort;
if (port) {
  port.once("message", (job: MdChainJob) => {
    try {
      const result = runChainJob(job, (fraction) => port.postMessage({ type: "progress", fraction }));
      const transfer: ArrayBuffer[] = [
        result.cells.buffer as ArrayBuffer,
        result.hyper.buffer as ArrayBuffer,
      ];
      if (result.units) transfer.push(result.units.buffer as ArrayBuffer);
      port.postMessage({ type: "done", result }, transfer);
    } catch (err) {
      port.postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) });
    }
  });
}
