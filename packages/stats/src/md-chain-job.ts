import { type MdChainOptions, type MdChainResult, runMdChain } from "./md-chain.ts";
import { runMdCovariateChain } from "./md-covariate.ts";
import type { MdData } from "./md-data.ts";
import { createRng, type Rng } from "./rng.ts";

/** What one chain needs: the data, its options, the run seed and its chain index. */
export interface MdChainJob {
  data: MdData;
  opts: MdChainOptions;
  seed: number;
  chain: number;
}

/**
 * The generator of chain k: the (k+1)-th fork of createRng(seed), so that chains are
 * independent streams and a run is reproducible from its seed, whether the chains run in
 * worker threads or in process. Cost: O(k).
 */
export function chainRng(seed: number, chain: number): Rng {
  const root = createRng(seed);
  let rng = root.fork();
  for (let k = 0; k < chain; k++) rng = root.fork();
  return rng;
}

/** Runs one chain of the plain or covariate MD model (used by workers and in process). */
export function runChainJob(job: MdChainJob, onProgress?: (fraction: number) => void): MdChainResult {
  const rng = chainRng(job.seed, job.chain);
  return job.opts.covariate
    ? runMdCovariateChain(job.data, job.opts, rng, onProgress)
    : runMdChain(job.data, job.opts, rng, onProgress);
}
