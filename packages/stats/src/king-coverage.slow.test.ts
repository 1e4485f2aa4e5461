import { describe, expect, it } from "vitest";
import type { EiInput } from "./contract.ts";
import { runKing } from "./king.ts";
import { createRng } from "./rng.ts";

/**
 * Coverage of King's aggregate 95% intervals on data sets simulated from the model itself
 * (truncated bivariate normal, integer counts): the "sir" sampler reflects the full
 * parameter uncertainty; ei's scheme concentrates draws near the mode, so its intervals are
 * narrower and cover somewhat less often. Slow tier: ~1 minute.
 */
describe("King EI interval coverage (simulation from the model)", () => {
  it("covers the true aggregate B_b at about the nominal rate", () => {
    const rng = createRng(2026);
    const reps = 120;
    let coveredEi = 0;
    let coveredSir = 0;
    for (let rep = 0; rep < reps; rep++) {
      const mb = 0.2 + 0.6 * rng.uniform();
      const mw = 0.2 + 0.6 * rng.uniform();
      const units: EiInput["units"] = [];
      let nb = 0;
      let votesB = 0;
      while (units.length < 150) {
        const z1 = rng.normal();
        const z2 = 0.3 * z1 + Math.sqrt(0.91) * rng.normal();
        const bb = mb + 0.15 * z1;
        const bw = mw + 0.1 * z2;
        if (bb < 0 || bb > 1 || bw < 0 || bw > 1) continue;
        const x = rng.uniform();
        const n = 200 + Math.round(800 * rng.uniform());
        const black = Math.round(n * x);
        const vb = Math.round(black * bb);
        const vw = Math.round((n - black) * bw);
        units.push({ id: `u${units.length}`, rows: [black, n - black], cols: [vb + vw, n - vb - vw] });
        nb += black;
        votesB += vb;
      }
      const truth = votesB / nb;
      const input = { rows: ["b", "w"], cols: ["v", "n"], units };
      const ei = runKing(input, { seed: rep, samples: 100 });
      const sir = runKing(input, { seed: rep, sampler: "sir", samples: 400 });
      if (ei.lower[0][0] <= truth && truth <= ei.upper[0][0]) coveredEi++;
      if (sir.lower[0][0] <= truth && truth <= sir.upper[0][0]) coveredSir++;
    }
    console.info(`King coverage over ${reps} data sets: ei ${coveredEi / reps}, sir ${coveredSir / reps}`);
    // measured: sir 0.958, ei 0.808 (ei under-covers: its proposal is H⁻¹/4 and it keeps 100 draws)
    expect(coveredSir / reps).toBeGreaterThanOrEqual(0.9);
    expect(coveredSir / reps).toBeLessThanOrEqual(0.995);
    expect(coveredEi / reps).toBeGreaterThanOrEqual(0.72);
  });
});
