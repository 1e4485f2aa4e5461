import { describe, expect, it } from "vitest";
import { type EiInput, EiInputError } from "./contract.ts";
import { eiDataMissing, missingDataMessage } from "./king-fixtures.ts";
import { loadFrance2017D } from "./lp-fixtures.ts";
import { simulateTransfers } from "./lp-simulate.ts";
import { runLphomFamily } from "./lphom-run.ts";
import { runEi } from "./run-ei.ts";

const rowSums = (m: number[][]) => m.map((r) => r.reduce((a, b) => a + b, 0));
const colSums = (m: number[][]) => m[0].map((_, k) => m.reduce((s, r) => s + r[k], 0));

describe("runLphomFamily: the engine's output contract", () => {
  it("returns row-standardised estimates, counts keeping both margins, bounds and HETe", async () => {
    const sim = simulateTransfers(60, 4, 3, 12, 12);
    const xt = sim.truth.map((r) => r.reduce((a, b) => a + b));
    const yt = colSums(sim.truth);
    for (const method of ["lphom", "tslphom", "nslphom"] as const) {
      const out = await runLphomFamily(sim.input, method, {
        newAndExit: "simultaneous",
        units: true,
        iterMax: 3,
      });
      expect(out.method).toBe(method);
      expect(out.rows).toEqual(sim.input.rows);
      expect(out.cols).toEqual(sim.input.cols);
      for (const s of rowSums(out.estimate)) expect(s).toBeCloseTo(1, 9);
      rowSums(out.counts).forEach((s, j) => {
        expect(s).toBeCloseTo(xt[j], 4);
      });
      colSums(out.counts).forEach((s, k) => {
        expect(s).toBeCloseTo(yt[k], 4);
      });
      out.lower.forEach((row, j) => {
        row.forEach((lo, k) => {
          expect(lo).toBeLessThanOrEqual(out.upper[j][k]);
        });
      });
      expect(out.diagnostics.hete).toBeGreaterThan(0);
      expect(out.units).toHaveLength(60);
      expect(out.units?.[0].estimate).toHaveLength(4);
    }
  });

  it("unit tables of tslphom and nslphom lie within the unit Duncan–Davis bounds", async () => {
    const sim = simulateTransfers(25, 3, 3, 13, 10);
    const out = await runLphomFamily(sim.input, "tslphom", { newAndExit: "simultaneous", units: true });
    for (const u of out.units ?? []) {
      u.estimate.forEach((row, j) => {
        row.forEach((v, k) => {
          expect(v).toBeGreaterThanOrEqual(u.lower[j][k] - 1e-7);
          expect(v).toBeLessThanOrEqual(u.upper[j][k] + 1e-7);
        });
      });
    }
  });

  it("adds NET_ENTRIES / NET_EXITS when the register changes (raw, lphom's default)", async () => {
    const input: EiInput = {
      rows: ["A", "B"],
      cols: ["X", "Y"],
      units: [
        { id: "1", rows: [60, 40], cols: [50, 45] },
        { id: "2", rows: [30, 70], cols: [40, 65] },
        { id: "3", rows: [50, 50], cols: [55, 45] },
      ],
    };
    const out = await runLphomFamily(input, "lphom", {});
    expect(out.rows).toEqual(["A", "B", "NET_ENTRIES"]);
    expect(out.cols).toEqual(["X", "Y", "NET_EXITS"]);
    expect(out.estimate[2][2]).toBe(0);
    expect(out.estimate[0][2]).toBeCloseTo(out.estimate[1][2], 9);
    expect(out.diagnostics.newAndExit).toBe("raw");
  });

  it("gives a row without votes the destination shares, with a warning", async () => {
    const input: EiInput = {
      rows: ["A", "B", "Nobody"],
      cols: ["X", "Y"],
      units: [
        { id: "1", rows: [60, 40, 0], cols: [70, 30] },
        { id: "2", rows: [30, 70, 0], cols: [45, 55] },
      ],
    };
    const out = await runLphomFamily(input, "lphom", { newAndExit: "simultaneous" });
    expect(out.estimate[2][0]).toBeCloseTo(115 / 200, 9);
    expect(out.diagnostics.warnings.join(" ")).toMatch(/"Nobody" has no votes/);
  });

  it("rejects bad input with a message naming the unit and field", async () => {
    const bad = { rows: ["A"], cols: ["X"], units: [{ id: "b7", rows: [-1], cols: [1] }] };
    await expect(runLphomFamily(bad as EiInput, "lphom", {})).rejects.toThrow(/b7/);
    const mismatch: EiInput = { rows: ["A"], cols: ["X"], units: [{ id: "b9", rows: [10], cols: [20] }] };
    await expect(runLphomFamily(mismatch, "lphom", { newAndExit: "simultaneous" })).rejects.toThrow(
      EiInputError,
    );
    await expect(runLphomFamily(mismatch, "lphom", { newAndExit: "simultaneous" })).rejects.toThrow(/"b9"/);
    const sim = simulateTransfers(5, 2, 2, 1);
    await expect(runLphomFamily(sim.input, "lphom", { structuralZeros: [[5, 0]] })).rejects.toThrow(
      /outside/,
    );
  });
});

describe.skipIf(eiDataMissing)("runEi dispatches to the lphom family", () => {
  it("reproduces HETe 4.135 on France2017D with adjust1", async () => {
    if (eiDataMissing) return console.warn(missingDataMessage);
    const out = await runEi(loadFrance2017D(), "lphom", { newAndExit: "adjust1" });
    expect(Math.abs((out.diagnostics.hete ?? 0) - 4.135)).toBeLessThan(0.01);
    expect(out.rows).toHaveLength(9);
    expect(out.cols).toHaveLength(4);
  });
});
