import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type EiInput, EiInputError, type EiOutput } from "./contract.ts";
import {
  eiDataMissing,
  loadMatproii,
  loadReferenceNumbers,
  loadSenc,
  missingDataMessage,
} from "./king-fixtures.ts";
import { runEi } from "./run-ei.ts";

const lphomReady = existsSync(fileURLToPath(new URL("./lphom-run.ts", import.meta.url)));

function colSums(m: number[][]): number[] {
  return m[0].map((_, j) => m.reduce((s, row) => s + row[j], 0));
}

function expectMargins(out: EiOutput, input: EiInput, digits = 6) {
  const observed = input.cols.map((_, j) => input.units.reduce((s, u) => s + u.cols[j], 0));
  const counts = colSums(out.counts);
  for (const [j, c] of observed.entries()) expect(counts[j]).toBeCloseTo(c, digits);
  for (const row of out.estimate) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
}

const tiny: EiInput = {
  rows: ["a", "b"],
  cols: ["x", "y"],
  units: [
    { id: "1", rows: [30, 70], cols: [40, 60] },
    { id: "2", rows: [60, 40], cols: [55, 45] },
    { id: "3", rows: [10, 90], cols: [30, 70] },
    { id: "4", rows: [80, 20], cols: [62, 38] },
  ],
};

describe("runEi", () => {
  it("rejects bad input with a message naming the unit and field", async () => {
    const bad = structuredClone(tiny);
    bad.units[2].rows[1] = -1;
    await expect(runEi(bad, "bounds")).rejects.toThrow(EiInputError);
    await expect(runEi(bad, "bounds")).rejects.toThrow('unit "3" (index 2): rows[1] is negative (-1)');
    await expect(runEi(tiny, "nope" as "bounds")).rejects.toThrow(/unknown method/);
  });

  it("reconciles unequal totals by the chosen mode and reports it", async () => {
    const uneven = structuredClone(tiny);
    uneven.units[0].rows = [40, 80];
    await expect(runEi(uneven, "bounds", { margins: "error" })).rejects.toThrow(
      /unit "1" \(index 0\): rows total 120/,
    );
    const out = await runEi(uneven, "bounds");
    expect(out.diagnostics.warnings.join("\n")).toMatch(/row total ≠ column total/);
    expect(out.estimate[0][0]).toBeGreaterThanOrEqual(out.lower[0][0]);
  });

  it("bounds: the independence estimate lies within the bounds and keeps both margins", async () => {
    const out = await runEi(tiny, "bounds", { units: true });
    expectMargins(out, tiny);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        expect(out.estimate[i][j]).toBeGreaterThanOrEqual(out.lower[i][j] - 1e-12);
        expect(out.estimate[i][j]).toBeLessThanOrEqual(out.upper[i][j] + 1e-12);
      }
    }
    // unit 1: 30 of group a, 40 of choice x out of 100 → a→x ∈ [0, 1], b→x ∈ [10/70, 40/70]
    expect(out.units?.[0].lower[0][0]).toBe(0);
    expect(out.units?.[0].upper[0][0]).toBe(1);
    expect(out.units?.[0].lower[1][0]).toBeCloseTo(10 / 70, 12);
    expect(out.units?.[0].upper[1][0]).toBeCloseTo(40 / 70, 12);
    expect(out.diagnostics.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it.skipIf(eiDataMissing)(
    "goodman (weighted) and king keep the margins on the validation sets",
    async () => {
      const senc = loadSenc();
      const m = loadMatproii();
      const ref = loadReferenceNumbers()?.senc as { goodman_wls_weights_N: number[][] };
      if (!senc || !m) return console.warn(missingDataMessage);
      const g = await runEi(senc.input, "goodman", { weighted: true });
      expect(g.estimate[1][1]).toBeCloseTo(ref.goodman_wls_weights_N[1][1], 4);
      expectMargins(g, senc.input, 4);
      expect(g.diagnostics.warnings.some((w) => w.includes("outside the bounds"))).toBe(true);
      const progress: number[] = [];
      const k = await runEi(m.input, "king", { seed: 9, samples: 30, onProgress: (f) => progress.push(f) });
      expectMargins(k, m.input, 3);
      expect(progress.at(-1)).toBe(1);
      expect(progress.every((f, i) => i === 0 || f >= progress[i - 1] - 1e-12)).toBe(true);
    },
  );

  it("king refuses more than 2 rows with a clear message", async () => {
    const three: EiInput = {
      rows: ["a", "b", "c"],
      cols: ["x", "y"],
      units: [{ id: "1", rows: [1, 1, 1], cols: [2, 1] }],
    };
    await expect(runEi(three, "king")).rejects.toThrow(/king needs 2 rows and 2 columns/);
  });

  it("md dispatches to the Rosen et al. sampler", async () => {
    const out = await runEi(tiny, "md", { seed: 3, samples: 50, burnin: 50, chains: 1, workers: false });
    expect(out.method).toBe("md");
    // MD aggregates Σ N_ir β_irc: a model quantity, so only the row sums are exact
    for (const row of out.estimate) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it.skipIf(!lphomReady)("lphom dispatches to the lphom family and checks the scenario name", async () => {
    const out = await runEi(tiny, "lphom", { newAndExit: "raw" });
    expect(out.method).toBe("lphom");
    expectMargins(out, tiny, 3);
    await expect(runEi(tiny, "lphom", { newAndExit: "sideways" })).rejects.toThrow(
      /unknown new-and-exit scenario/,
    );
  });
});
