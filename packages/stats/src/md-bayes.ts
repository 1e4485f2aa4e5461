import type { EiInput, EiOutput } from "./contract.ts";
import type { MdChainOptions } from "./md-chain.ts";
import type { MdChainJob } from "./md-chain-job.ts";
import { prepareMdData } from "./md-data.ts";
import { runChains } from "./md-run-chains.ts";
import { summarizeCells, summarizeUnits } from "./md-summary.ts";
import { validateInput } from "./validate-input.ts";

/** Options of runMd, named as eiPack's ei.MD.bayes arguments where they exist. */
export interface MdOptions {
  seed: number;
  /** Kept draws per chain (after thinning). */
  samples: number;
  burnin: number;
  thin: number;
  chains: number;
  /** Also return per-unit estimates (memory: samples·chains·n·R·C float32). */
  units?: boolean;
  /** Gamma prior on the Dirichlet parameters: shape (default 4) and rate (default 2). */
  lambda1?: number;
  lambda2?: number;
  /** Covariate model: α depends on each unit's `covariate` (md-covariate.ts). */
  covariate?: boolean;
  onProgress?: (fraction: number) => void;
  /** Run chains in worker threads (default true); false runs them in process. */
  workers?: boolean;
}

/**
 * Rosen, Jiang, King & Tanner (2001), "Bayesian and frequentist inference for ecological
 * inference: the R×C case", Statistica Neerlandica 55(2): the hierarchical
 * multinomial-Dirichlet model, sampled as eiPack's ei.MD.bayes (Lau, Moore & Kellermann
 * 2007) does. Model: column counts T_i ~ Multinomial(Σ_r X_ir β_ir), β_ir ~ Dirichlet(α_r),
 * α_rc ~ Gamma(λ1, rate λ2) (or α_irc = d_r exp(γ_rc + δ_rc Z_i) with `covariate`).
 * Assumptions: units independent given α; counts may be non-integer; row and column
 * totals should agree. Output: posterior means and 95% intervals of the aggregate shares
 * Σ_i N_ir β_irc / Σ_i N_ir, mean counts, split R-hat, ESS and acceptance rates.
 * Cost: (burnin + samples·thin) · n·R·(C−1) Metropolis moves per chain; chains run in
 * parallel worker threads, one per core.
 */
export async function runMd(input: EiInput, options: MdOptions): Promise<EiOutput> {
  const started = performance.now();
  for (const key of ["samples", "burnin", "thin", "chains"] as const) {
    const v = options[key];
    const min = key === "burnin" ? 0 : 1;
    if (!Number.isInteger(v) || v < min)
      throw new RangeError(`md: ${key} must be an integer ≥ ${min}, got ${v}`);
  }
  const valid = validateInput(input);
  const data = prepareMdData(valid, options.covariate === true);
  const opts: MdChainOptions = {
    samples: options.samples,
    burnin: options.burnin,
    thin: options.thin,
    lambda1: options.lambda1 ?? 4,
    lambda2: options.lambda2 ?? 2,
    keepUnits: options.units === true,
    covariate: options.covariate === true,
  };
  const jobs: MdChainJob[] = Array.from({ length: options.chains }, (_, chain) => ({
    data,
    opts,
    seed: options.seed,
    chain,
  }));
  const chains = await runChains(jobs, options.workers !== false, options.onProgress);
  const cells = summarizeCells(data, chains);
  const warnings = [...data.warnings];
  const rhatMax = Math.max(...cells.rhat.flat().filter(Number.isFinite));
  const essMin = Math.min(...cells.ess.flat().filter(Number.isFinite));
  if (rhatMax > 1.1) {
    warnings.push(`chains have not converged: max R-hat ${rhatMax.toFixed(3)} > 1.1; run longer`);
  }
  if (essMin < 100)
    warnings.push(`low effective sample size (min ${essMin.toFixed(0)}); run longer or thin less`);
  const mean = (f: (k: number) => number): number => chains.reduce((a, _, k) => a + f(k), 0) / chains.length;
  const output: EiOutput = {
    method: "md",
    rows: valid.rows,
    cols: valid.cols,
    estimate: cells.estimate,
    lower: cells.lower,
    upper: cells.upper,
    counts: cells.counts,
    diagnostics: {
      elapsedMs: 0,
      warnings,
      rhat: cells.rhat,
      ess: cells.ess,
      acceptance: mean((k) => chains[k].acceptBeta),
      acceptanceHyper: mean((k) => chains[k].acceptHyper),
      chains: options.chains,
    },
  };
  if (options.units) {
    output.units = summarizeUnits(
      data,
      chains,
      data.kept.map((k) => valid.units[k].id),
    );
  }
  output.diagnostics.elapsedMs = performance.now() - started;
  return output;
}
