import type { EiInput, EiMethod, EiOutput } from "./contract.ts";
import { type RunEiOptions, runEi } from "./run-ei.ts";
import { runInWorker } from "./worker-bootstrap.ts";

const entry = new URL("./run-ei-worker.ts", import.meta.url);

/**
 * {@link runEi} in a worker thread, so that a server's event loop keeps answering while the
 * engine computes: the lphom family solves its linear programs (HiGHS, WebAssembly)
 * synchronously, which held the main thread for up to a second on the 40-bureau demo.
 * Same input, options and output as runEi (the output is copied back by structured clone;
 * errors come back as an Error with the engine's message). md already runs its chains in
 * worker threads and is run here, in this thread, as runEi does. Cost: a worker start
 * (loading the engine) per call, a few hundred milliseconds.
 */
export async function runEiOffThread(
  input: EiInput,
  method: EiMethod,
  options: RunEiOptions = {},
): Promise<EiOutput> {
  if (method === "md" || options.workers === false) return runEi(input, method, options);
  const { onProgress, ...rest } = options;
  return runInWorker<{ input: EiInput; method: EiMethod; options: RunEiOptions }, EiOutput>(
    entry,
    { input, method, options: rest },
    `${method} estimate`,
    (fraction) => onProgress?.(fraction),
  );
}
