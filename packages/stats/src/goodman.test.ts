import { describe, expect, it } from "vitest";
import type { EiInput } from "./contract.ts";
import { goodmanRegression } from "./goodman.ts";
import {
  eiDataMissing,
  loadMatproii,
  loadReferenceNumbers,
  loadSenc,
  missingDataMessage,
} from "./king-fixtures.ts";
import { createRng } from "./rng.ts";

describe("goodmanRegression", () => {
  it("recovers constant shares exactly when the model holds without noise", () => {
    const beta = [
      [0.7, 0.2, 0.1],
      [0.1, 0.6, 0.3],
    ];
    const rng = createRng(3);
    const input: EiInput = { rows: ["a", "b"], cols: ["x", "y", "z"], units: [] };
    for (let k = 0; k < 30; k++) {
      const rows = [100 + 900 * rng.uniform(), 100 + 900 * rng.uniform()];
      const cols = [0, 1, 2].map((j) => rows[0] * beta[0][j] + rows[1] * beta[1][j]);
      input.units.push({ id: `u${k}`, rows, cols });
    }
    for (const weighted of [false, true]) {
      const g = goodmanRegression(input, { weighted });
      for (let i = 0; i < 2; i++)
        for (let j = 0; j < 3; j++) expect(g.estimate[i][j]).toBeCloseTo(beta[i][j], 10);
      expect(g.warnings).toEqual([]);
    }
  });

  it("has 95% intervals that cover the truth about 95% of the time (simulation)", () => {
    const rng = createRng(11);
    let covered = 0;
    const reps = 300;
    for (let rep = 0; rep < reps; rep++) {
      const units = [];
      for (let k = 0; k < 40; k++) {
        const x = rng.uniform();
        const n = 1000;
        const t = 0.3 * x + 0.6 * (1 - x) + 0.05 * rng.normal();
        units.push({ id: `u${k}`, rows: [n * x, n * (1 - x)], cols: [n * t, n * (1 - t)] });
      }
      const g = goodmanRegression({ rows: ["b", "w"], cols: ["v", "n"], units });
      if (g.lower[0][0] <= 0.3 && 0.3 <= g.upper[0][0]) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.91);
    expect(covered / reps).toBeLessThan(0.985);
  });

  it.skipIf(eiDataMissing)("equals the reference numbers on senc (OLS and N-weighted)", () => {
    const senc = loadSenc();
    const ref = loadReferenceNumbers()?.senc as Record<string, number[][]>;
    if (!senc) return console.warn(missingDataMessage);
    const ols = goodmanRegression(senc.input);
    const wls = goodmanRegression(senc.input, { weighted: true });
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expect(ols.estimate[i][j]).toBeCloseTo(ref["goodman_ols_no_intercept_eiPack_ei.reg"][i][j], 4);
        expect(wls.estimate[i][j]).toBeCloseTo(ref.goodman_wls_weights_N[i][j], 4);
      }
    }
    // black→rep is negative in both: flagged outside the bounds
    expect(ols.warnings.some((w) => w.includes("black→rep"))).toBe(true);
    // the weighted fit keeps the observed column totals
    const colTotals = [0, 1, 2].map((j) => senc.input.units.reduce((s, u) => s + u.cols[j], 0));
    for (let j = 0; j < 3; j++) {
      expect(wls.counts.reduce((s, row) => s + row[j], 0)).toBeCloseTo(colTotals[j], 6);
    }
  });

  it.skipIf(eiDataMissing)("equals the reference numbers on matproii", () => {
    const m = loadMatproii();
    const ref = loadReferenceNumbers()?.matproii as Record<string, number[]>;
    if (!m) return console.warn(missingDataMessage);
    const ols = goodmanRegression(m.input);
    const wls = goodmanRegression(m.input, { weighted: true });
    expect(ols.estimate[0][0]).toBeCloseTo(ref.goodman_ols[0], 4);
    expect(ols.estimate[1][0]).toBeCloseTo(ref.goodman_ols[1], 4);
    expect(wls.estimate[0][0]).toBeCloseTo(ref.goodman_wls_n[0], 4);
    expect(wls.estimate[1][0]).toBeCloseTo(ref.goodman_wls_n[1], 4);
  });
});
