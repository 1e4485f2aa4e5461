import { describe, expect, it } from "vitest";
import { runMd } from "./md-bayes.ts";
import { runChainJob } from "./md-chain-job.ts";
import { prepareMdData } from "./md-data.ts";
import { simulateMd } from "./md-simulate.ts";
import { createRng } from "./rng.ts";

// α_irc = d_r exp(γ_rc + δ_rc Z_i): row 1 leans to column 1 more where Z is high, row 2 less.
const truth = {
  d: [6, 6],
  gamma: [
    [0.4, 0],
    [-0.4, 0],
  ],
  delta: [
    [1.2, 0],
    [-1, 0],
  ],
};
const sim = simulateMd(
  { units: 120, R: 2, C: 2, minSize: 150, maxSize: 400, covariate: truth },
  createRng(77),
);

describe("MD covariate model (eiPack ei.MD.bayes with covariate)", () => {
  it("recovers the covariate effects δ and the aggregate shares of data simulated from it", () => {
    const data = prepareMdData(sim.input, true);
    const opts = {
      samples: 1500,
      burnin: 2000,
      thin: 2,
      lambda1: 4,
      lambda2: 2,
      keepUnits: false,
      covariate: true,
    };
    const chains = [0, 1].map((chain) => runChainJob({ data, opts, seed: 5, chain }));
    // hyper layout: d (R), γ (R·(C−1)), δ (R·(C−1))
    const mean = (k: number): number =>
      chains.reduce((a, ch) => {
        let s = 0;
        for (let i = 0; i < ch.samples; i++) s += ch.hyper[i * ch.hyperSize + k];
        return a + s / ch.samples / chains.length;
      }, 0);
    const delta1 = mean(4);
    const delta2 = mean(5);
    expect(delta1).toBeGreaterThan(0.6);
    expect(delta1).toBeLessThan(1.8);
    expect(delta2).toBeLessThan(-0.4);
    expect(delta2).toBeGreaterThan(-1.6);
    const RC = 4;
    const rowTotal = [0, 1].map((r) => sim.input.units.reduce((a, u) => a + u.rows[r], 0));
    for (let r = 0; r < 2; r++) {
      let share = 0;
      for (const ch of chains) {
        for (let i = 0; i < ch.samples; i++)
          share += ch.cells[i * RC + r * 2] / rowTotal[r] / ch.samples / chains.length;
      }
      expect(Math.abs(share - sim.shares[r][0])).toBeLessThan(0.04);
    }
  });

  it("is reachable through runMd({ covariate: true }) and requires a covariate on every unit", async () => {
    const out = await runMd(sim.input, {
      seed: 1,
      samples: 200,
      burnin: 200,
      thin: 1,
      chains: 2,
      covariate: true,
      workers: false,
    });
    expect(out.estimate[0][0] + out.estimate[0][1]).toBeCloseTo(1, 10);
    const missing = {
      ...sim.input,
      units: sim.input.units.map((u, i) => (i === 0 ? { id: u.id, rows: u.rows, cols: u.cols } : u)),
    };
    await expect(
      runMd(missing, {
        seed: 1,
        samples: 10,
        burnin: 0,
        thin: 1,
        chains: 1,
        covariate: true,
        workers: false,
      }),
    ).rejects.toThrow(/covariate/);
  });
});
