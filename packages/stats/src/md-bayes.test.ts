import { beforeAll, describe, expect, it } from "vitest";
import type { EiOutput } from "./contract.ts";
import { EiInputError } from "./contract.ts";
import { runMd } from "./md-bayes.ts";
import { simulateMd } from "./md-simulate.ts";
import { createRng } from "./rng.ts";

const sim = simulateMd(
  {
    units: 60,
    R: 2,
    C: 3,
    minSize: 100,
    maxSize: 400,
    alpha: [
      [6, 3, 1.5],
      [1.5, 2, 6],
    ],
  },
  createRng(2024),
);
const base = { seed: 9, samples: 1000, burnin: 1500, thin: 6, chains: 2 };

describe("runMd on data simulated from the model", () => {
  let out: EiOutput;
  beforeAll(async () => {
    out = await runMd(sim.input, { ...base, workers: false });
  });

  it("estimates the true aggregate shares, inside the 95% intervals", () => {
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++) {
        expect(Math.abs(out.estimate[r][c] - sim.shares[r][c])).toBeLessThan(0.06);
        expect(out.lower[r][c]).toBeLessThanOrEqual(out.estimate[r][c]);
        expect(out.upper[r][c]).toBeGreaterThanOrEqual(out.estimate[r][c]);
      }
    }
    const covered = sim.shares
      .flat()
      .filter((v, k) => out.lower.flat()[k] <= v && v <= out.upper.flat()[k]).length;
    expect(covered).toBeGreaterThanOrEqual(5);
  });

  it("keeps the margins: rows sum to 1 and counts add up to the row totals", () => {
    for (let r = 0; r < 2; r++) {
      const total = sim.input.units.reduce((a, u) => a + u.rows[r], 0);
      expect(out.estimate[r].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      expect(out.counts[r].reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    }
  });

  it("reports R-hat, ESS and acceptance rates", () => {
    const d = out.diagnostics;
    expect(d.rhat?.flat().every((v) => v > 0.98 && v < 1.3)).toBe(true);
    expect(d.ess?.flat().every((v) => v > 5)).toBe(true);
    expect(d.acceptance).toBeGreaterThan(0.15);
    expect(d.acceptance).toBeLessThan(0.8);
    expect(d.elapsedMs).toBeGreaterThan(0);
  });

  it("gives the same draws in worker threads as in process (chains seeded by forking)", async () => {
    const viaWorkers = await runMd(sim.input, { ...base, samples: 100, burnin: 100, workers: true });
    const inProcess = await runMd(sim.input, { ...base, samples: 100, burnin: 100, workers: false });
    expect(viaWorkers.estimate).toEqual(inProcess.estimate);
    expect(viaWorkers.diagnostics.rhat).toEqual(inProcess.diagnostics.rhat);
    const other = await runMd(sim.input, { ...base, samples: 100, burnin: 100, seed: 10, workers: false });
    expect(other.estimate).not.toEqual(inProcess.estimate);
  });
});

describe("runMd options and input", () => {
  const small = { ...base, samples: 200, burnin: 300, thin: 1, workers: false };

  it("accepts non-integer counts (a rescaled copy gives nearly the same shares)", async () => {
    const scaled = {
      ...sim.input,
      units: sim.input.units.map((u) => ({
        ...u,
        rows: u.rows.map((v) => v * 0.73),
        cols: u.cols.map((v) => v * 0.73),
      })),
    };
    const out = await runMd(scaled, small);
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 3; c++) expect(Math.abs(out.estimate[r][c] - sim.shares[r][c])).toBeLessThan(0.08);
  });

  it("returns per-unit estimates whose row-weighted mean is the aggregate estimate", async () => {
    const out = await runMd(sim.input, { ...small, units: true });
    const units = out.units ?? [];
    expect(units).toHaveLength(60);
    for (let r = 0; r < 2; r++) {
      const total = sim.input.units.reduce((a, u) => a + u.rows[r], 0);
      for (let c = 0; c < 3; c++) {
        const agg = units.reduce((a, u, i) => a + sim.input.units[i].rows[r] * u.estimate[r][c], 0) / total;
        expect(agg).toBeCloseTo(out.estimate[r][c], 5);
        for (const u of units) {
          expect(u.lower[r][c]).toBeLessThanOrEqual(u.estimate[r][c] + 1e-6);
          expect(u.upper[r][c]).toBeGreaterThanOrEqual(u.estimate[r][c] - 1e-6);
        }
      }
    }
  });

  it("reports progress up to 1", async () => {
    const seen: number[] = [];
    await runMd(sim.input, { ...small, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen[seen.length - 1]).toBeCloseTo(1, 10);
  });

  it("rejects invalid input naming the unit and the field", async () => {
    const bad = {
      ...sim.input,
      units: sim.input.units.map((u, i) => (i === 3 ? { ...u, cols: [1, -2, 3] } : u)),
    };
    await expect(runMd(bad, small)).rejects.toThrow(EiInputError);
    await expect(runMd(bad, small)).rejects.toThrow(/"4".*cols\[1\]/);
    await expect(runMd(sim.input, { ...small, chains: 0 })).rejects.toThrow(/chains/);
  });

  it("drops empty units with a warning", async () => {
    const withEmpty = {
      ...sim.input,
      units: [...sim.input.units, { id: "empty", rows: [0, 0], cols: [0, 0, 0] }],
    };
    const out = await runMd(withEmpty, small);
    expect(out.diagnostics.warnings.join(" ")).toMatch(/zero total/);
  });
});
