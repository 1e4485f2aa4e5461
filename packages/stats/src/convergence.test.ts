import { describe, expect, it } from "vitest";
import { autocovariance, effectiveSampleSize, splitRhat } from "./convergence.ts";
import { createRng } from "./rng.ts";

function ar1(phi: number, n: number, seed: number, shift = 0): Float64Array {
  const rng = createRng(seed);
  const x = new Float64Array(n);
  let v = rng.normal() / Math.sqrt(1 - phi * phi);
  for (let i = 0; i < n; i++) {
    v = phi * v + rng.normal();
    x[i] = v + shift;
  }
  return x;
}

describe("autocovariance", () => {
  it("matches the hand-computed biased autocovariance of 1, 2, 3, 4", () => {
    const a = autocovariance(new Float64Array([1, 2, 3, 4]), 2.5);
    expect(a[0]).toBeCloseTo(1.25, 12);
    expect(a[1]).toBeCloseTo(0.3125, 12);
    expect(a[2]).toBeCloseTo((-1.5 * 0.5 + -0.5 * 1.5) / 4, 12);
    expect(a[3]).toBeCloseTo((-1.5 * 1.5) / 4, 12);
  });
});

describe("effectiveSampleSize", () => {
  it("is close to the number of draws for independent chains", () => {
    const chains = [1, 2, 3, 4].map((s) => ar1(0, 10000, s));
    const ess = effectiveSampleSize(chains);
    expect(ess).toBeGreaterThan(40000 * 0.88);
    expect(ess).toBeLessThan(40000 * 1.12);
  });

  it("recovers N(1 − φ)/(1 + φ) for AR(1) chains", () => {
    for (const phi of [0.5, 0.9]) {
      const chains = [1, 2, 3, 4].map((s) => ar1(phi, 10000, 10 * s + phi * 100));
      const truth = (40000 * (1 - phi)) / (1 + phi);
      const ess = effectiveSampleSize(chains);
      expect(Math.abs(ess / truth - 1)).toBeLessThan(0.15);
    }
  });
});

describe("splitRhat", () => {
  it("is about 1 for chains from the same stationary distribution", () => {
    const r = splitRhat([1, 2, 3, 4].map((s) => ar1(0.5, 4000, s)));
    expect(r).toBeGreaterThan(0.99);
    expect(r).toBeLessThan(1.01);
  });

  it("flags chains stuck at different levels", () => {
    const r = splitRhat([ar1(0.5, 2000, 1, 0), ar1(0.5, 2000, 2, 2)]);
    expect(r).toBeGreaterThan(1.2);
  });

  it("flags a single chain that drifts (the split halves disagree)", () => {
    const x = ar1(0.5, 2000, 3);
    for (let i = 0; i < x.length; i++) x[i] += (4 * i) / x.length;
    expect(splitRhat([x])).toBeGreaterThan(1.1);
  });
});
