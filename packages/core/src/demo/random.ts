/** The seeded generator of @terrain/stats and small sampling helpers for the demo. */
import type { Rng } from "@terrain/stats";

export { createRng } from "@terrain/stats";
export type { Rng };

/** Integer uniform on [lo, hi]. */
export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.uniform() * (hi - lo + 1));
}

/** Index drawn with probability proportional to weights. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.uniform() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** Bernoulli draw. */
export function chance(rng: Rng, p: number): boolean {
  return rng.uniform() < p;
}

/** Logistic function. */
export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
