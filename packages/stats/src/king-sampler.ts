import { type KingData, type KingPriors, kingLogPosterior } from "./king-likelihood.ts";
import type { Rng } from "./rng.ts";

/**
 * Parameter samplers of King's EI around the posterior mode (used by simulateKing):
 * ei's batch-acceptance scheme and textbook sampling importance resampling.
 */

/** One draw φ = μ + scale · L z and its squared Mahalanobis distance. */
function drawPhi(
  rng: Rng,
  mu: readonly number[],
  l: number[][],
  df: number,
): { phi: number[]; delta: number } {
  const dim = mu.length;
  const z = Array.from({ length: dim }, () => rng.normal());
  const scale = df > 0 ? Math.sqrt(df / (2 * rng.gamma(df / 2))) : 1;
  const phi = mu.map((m, i) => {
    let s = 0;
    for (let j = 0; j <= i; j++) s += l[i][j] * z[j];
    return m + scale * s;
  });
  let delta = 0;
  for (const v of z) delta += v * v;
  return { phi, delta: delta * scale * scale };
}

/**
 * Parameter draws as the R package ei's `.samp` loop makes them (King 1997, ch. 8):
 * batches of 100 proposals from N(φ̂, H⁻¹/4); importance ratios
 * posterior/proposal normalised by the batch maximum; a draw is kept when its ratio
 * exceeds one uniform drawn for the batch; batches repeat until `samples` are kept.
 * Assumption: posterior close to normal near the mode. Cost: about 20–35 posterior
 * evaluations per kept draw.
 */
export function drawParametersEi(
  data: KingData,
  phiHat: readonly number[],
  l: number[][],
  priors: KingPriors,
  rng: Rng,
  samples: number,
  onProgress?: (f: number) => void,
): { kept: number[][]; proposals: number } {
  const lq = l.map((row) => row.map((v) => v / 2));
  const kept: number[][] = [];
  let proposals = 0;
  const maxProposals = Math.max(100_000, 1000 * samples);
  while (kept.length < samples && proposals < maxProposals) {
    const batch = Array.from({ length: 100 }, () => drawPhi(rng, phiHat, lq, 0));
    proposals += 100;
    const logr = batch.map(({ phi, delta }) => kingLogPosterior(phi, data, priors) + 0.5 * delta);
    let max = Number.NEGATIVE_INFINITY;
    for (const v of logr) if (v > max) max = v;
    if (!Number.isFinite(max)) continue;
    const u = rng.uniform();
    batch.forEach(({ phi }, k) => {
      if (Math.exp(logr[k] - max) > u) kept.push(phi);
    });
    onProgress?.((0.5 * Math.min(kept.length, samples)) / samples);
  }
  if (kept.length < samples) throw new Error("King EI: importance sampling kept too few draws");
  return { kept: kept.slice(0, samples), proposals };
}

/**
 * Sampling importance resampling (Rubin 1988) from a multivariate t proposal centred at the
 * mode with the inverse Hessian as scale, then systematic resampling (Kitagawa 1996).
 * Assumption: the t proposal covers the posterior (check the returned Kish ESS).
 * Cost: `proposals` posterior evaluations.
 */
export function drawParametersSir(
  data: KingData,
  phiHat: readonly number[],
  l: number[][],
  priors: KingPriors,
  rng: Rng,
  options: { samples: number; proposals?: number; df?: number; onProgress?: (f: number) => void },
): { kept: number[][]; proposals: number; ess: number } {
  const samples = options.samples;
  const m = options.proposals ?? Math.max(2000, 4 * samples);
  const df = options.df ?? 8;
  const dim = phiHat.length;
  const draws: number[][] = [];
  const logw = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const { phi, delta } = drawPhi(rng, phiHat, l, df);
    const lp = kingLogPosterior(phi, data, priors);
    logw[k] = Number.isNaN(lp) ? Number.NEGATIVE_INFINITY : lp + ((df + dim) / 2) * Math.log1p(delta / df);
    draws.push(phi);
    if (options.onProgress && k % 200 === 0) options.onProgress((0.5 * k) / m);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const v of logw) if (v > max) max = v;
  const w = logw.map((v) => Math.exp(v - max));
  let sw = 0;
  let sw2 = 0;
  for (const v of w) {
    sw += v;
    sw2 += v * v;
  }
  const kept: number[][] = [];
  const u0 = rng.uniform() / samples;
  let cum = w[0] / sw;
  let idx = 0;
  for (let s = 0; s < samples; s++) {
    const target = u0 + s / samples;
    while (cum < target && idx < m - 1) cum += w[++idx] / sw;
    kept.push(draws[idx]);
  }
  return { kept, proposals: m, ess: (sw * sw) / sw2 };
}
