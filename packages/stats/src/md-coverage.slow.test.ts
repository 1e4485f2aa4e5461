import { describe, expect, it } from "vitest";
import { runMd } from "./md-bayes.ts";
import { simulateMd } from "./md-simulate.ts";
import { createRng } from "./rng.ts";

/**
 * Calibration of the MD sampler by simulation: 200 data sets drawn from the model itself
 * (α_rc from its Gamma(4, 2) prior, β from Dirichlet(α), column counts multinomial), half
 * 2×2 and half 2×3, 40 units each. Averaged over the prior, 95% posterior intervals cover
 * the truth 95% of the time when the sampler targets the right posterior; we accept 92–98%.
 * Chains run in worker threads (2 per data set).
 */
describe("MD coverage on data simulated from the model", () => {
  it("95% intervals of the aggregate shares cover the truth 92–98% of the time", async () => {
    const rng = createRng(20260101);
    let covered = 0;
    let total = 0;
    const perSet: number[] = [];
    for (let k = 0; k < 200; k++) {
      const C = k % 2 === 0 ? 2 : 3;
      const sim = simulateMd({ units: 40, R: 2, C, minSize: 50, maxSize: 300 }, rng);
      const out = await runMd(sim.input, { seed: 1000 + k, samples: 2000, burnin: 3000, thin: 5, chains: 2 });
      let c0 = 0;
      for (let r = 0; r < 2; r++) {
        for (let c = 0; c < C; c++) {
          total++;
          if (out.lower[r][c] <= sim.shares[r][c] && sim.shares[r][c] <= out.upper[r][c]) {
            covered++;
            c0++;
          }
        }
      }
      perSet.push(c0);
    }
    const rate = covered / total;
    console.log(`MD coverage: ${covered}/${total} = ${(100 * rate).toFixed(1)}% over 200 data sets`);
    expect(rate).toBeGreaterThanOrEqual(0.92);
    expect(rate).toBeLessThanOrEqual(0.98);
  });
});
