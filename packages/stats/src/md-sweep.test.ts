import { describe, expect, it } from "vitest";
import { sumLogBeta, sweepAlpha } from "./md-alpha.ts";
import type { MdData } from "./md-data.ts";
import { createFastRng } from "./md-fast-rng.ts";
import { lgamma } from "./md-lgamma.ts";
import { initBetaState, sweepBetas } from "./md-sweep.ts";
import { createRng } from "./rng.ts";

function oneUnit(R: number, C: number, x: number[], t: number[]): MdData {
  return {
    n: 1,
    R,
    C,
    X: new Float64Array(x),
    T: new Float64Array(t),
    N: new Float64Array(x.map((v) => v * 100)),
    Z: new Float64Array(1),
    kept: [0],
    warnings: [],
  };
}

describe("sweepBetas (fixed α)", () => {
  it("samples Dirichlet(α + T) for one row: the conjugate posterior", () => {
    const data = oneUnit(1, 3, [1], [7, 2, 4.5]);
    const alpha = new Float64Array([1.5, 0.8, 2]);
    const rng = createRng(11);
    const state = initBetaState(data, rng, 0.15);
    const fast = createFastRng(rng);
    const mean = [0, 0, 0];
    const iters = 60_000;
    for (let it = 0; it < iters + 1000; it++) {
      sweepBetas(data, state, alpha, 0, fast);
      if (it >= 1000) for (let c = 0; c < 3; c++) mean[c] += state.beta[c] / iters;
    }
    const post = [8.5, 2.8, 6.5];
    const tot = 17.8;
    for (let c = 0; c < 3; c++) expect(mean[c]).toBeCloseTo(post[c] / tot, 2);
  });

  it("matches the posterior means from quadrature for a 2×2 unit (mixture likelihood)", () => {
    const x = [0.3, 0.7];
    const t = [12, 8];
    const alpha = new Float64Array([2, 1.5, 1.2, 3]);
    // Quadrature on (β11, β21) ∈ (0,1)²: Dir(α_r) densities × (Σ x_r β_r1)^t1 (Σ x_r β_r2)^t2.
    const g = 400;
    let z = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i < g; i++) {
      const b1 = (i + 0.5) / g;
      for (let j = 0; j < g; j++) {
        const b2 = (j + 0.5) / g;
        const p = x[0] * b1 + x[1] * b2;
        const w = Math.exp(
          (alpha[0] - 1) * Math.log(b1) +
            (alpha[1] - 1) * Math.log(1 - b1) +
            (alpha[2] - 1) * Math.log(b2) +
            (alpha[3] - 1) * Math.log(1 - b2) +
            t[0] * Math.log(p) +
            t[1] * Math.log(1 - p),
        );
        z += w;
        m1 += w * b1;
        m2 += w * b2;
      }
    }
    const data = oneUnit(2, 2, x, t);
    const rng = createRng(5);
    const state = initBetaState(data, rng, 0.2);
    const fast = createFastRng(rng);
    const mean = [0, 0];
    const iters = 100_000;
    for (let it = 0; it < iters + 1000; it++) {
      sweepBetas(data, state, alpha, 0, fast);
      if (it >= 1000) {
        mean[0] += state.beta[0] / iters;
        mean[1] += state.beta[2] / iters;
      }
    }
    expect(Math.abs(mean[0] - m1 / z)).toBeLessThan(0.01);
    expect(Math.abs(mean[1] - m2 / z)).toBeLessThan(0.01);
  });
});

describe("sweepAlpha (fixed β)", () => {
  it("matches the posterior means from quadrature of Gamma(4, 2) prior × Dirichlet likelihood", () => {
    const n = 5;
    const logBeta = new Float64Array([0.2, 0.8, 0.5, 0.5, 0.7, 0.3, 0.1, 0.9, 0.4, 0.6].map(Math.log));
    const lbm = new Float64Array(2);
    sumLogBeta(logBeta, n, 2, lbm);
    const logTarget = (a: number, b: number): number =>
      3 * Math.log(a) -
      2 * a +
      3 * Math.log(b) -
      2 * b +
      n * (lgamma(a + b) - lgamma(a) - lgamma(b)) +
      lbm[0] * a +
      lbm[1] * b;
    const g = 300;
    const top = 12;
    let z = 0;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < g; i++) {
      for (let j = 0; j < g; j++) {
        const a = ((i + 0.5) / g) * top;
        const b = ((j + 0.5) / g) * top;
        const w = Math.exp(logTarget(a, b));
        z += w;
        ma += w * a;
        mb += w * b;
      }
    }
    const alpha = new Float64Array([1, 1]);
    const tune = new Float64Array([1, 1]);
    const acc = new Float64Array(2);
    const fast = createFastRng(createRng(3));
    const mean = [0, 0];
    const iters = 150_000;
    for (let it = 0; it < iters + 1000; it++) {
      sweepAlpha(alpha, lbm, 1, 2, n, 4, 2, tune, acc, fast);
      if (it >= 1000) {
        mean[0] += alpha[0] / iters;
        mean[1] += alpha[1] / iters;
      }
    }
    expect(Math.abs(mean[0] - ma / z)).toBeLessThan(0.03 * (ma / z));
    expect(Math.abs(mean[1] - mb / z)).toBeLessThan(0.03 * (mb / z));
  });
});
