import { describe, expect, it } from "vitest";
import { simulateTransfers } from "./lp-simulate.ts";
import { getHighs } from "./lp-solve.ts";
import type { LpStructure } from "./lp-structure.ts";
import { prepareNewAndExit } from "./new-and-exit.ts";
import { solveNslphom } from "./nslphom.ts";
import { createRng } from "./rng.ts";
import { solveTslphom } from "./tslphom.ts";

const plain: LpStructure = { newRows: 0, exitCols: 0, uniform: true, structuralZeros: [] };
const margins = (s: ReturnType<typeof simulateTransfers>) => ({
  x: s.input.units.map((u) => u.rows),
  y: s.input.units.map((u) => u.cols),
});

function expectUnitsReproduceMargins(x: number[][], y: number[][], unitP: number[][][]): void {
  unitP.forEach((P, i) => {
    for (const row of P) expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 9);
    for (let k = 0; k < y[i].length; k++) {
      const fitted = P.reduce((s, row, j) => s + x[i][j] * row[k], 0);
      expect(Math.abs(fitted - y[i][k])).toBeLessThan(1e-6 * Math.max(1, y[i][k]));
    }
  });
}

describe("tslphom and nslphom", () => {
  it("give unit tables that reproduce every unit's results exactly", async () => {
    const sim = simulateTransfers(40, 4, 3, 2, 15);
    const { x, y } = margins(sim);
    const highs = await getHighs();
    const ts = solveTslphom(highs, x, y, plain);
    expect(ts.failed).toEqual([]);
    expectUnitsReproduceMargins(x, y, ts.unitP);
    const ns = solveNslphom(highs, x, y, plain, { iterMax: 4 });
    expectUnitsReproduceMargins(x, y, ns.unitP);
    // The aggregate counts then keep both margins.
    for (let k = 0; k < 3; k++) {
      expect(ns.votes.reduce((s, r) => s + r[k], 0)).toBeCloseTo(
        y.reduce((s, r) => s + r[k], 0),
        5,
      );
    }
  });

  it("return the common matrix of homogeneous data, with HETe 0", async () => {
    const sim = simulateTransfers(30, 3, 4, 4, Number.POSITIVE_INFINITY);
    const { x, y } = margins(sim);
    const highs = await getHighs();
    for (const fit of [solveTslphom(highs, x, y, plain), solveNslphom(highs, x, y, plain, { iterMax: 3 })]) {
      expect(fit.hete).toBeLessThan(1e-5);
      for (let j = 0; j < 3; j++)
        for (let k = 0; k < 4; k++) expect(fit.p[j][k]).toBeCloseTo(sim.global[j][k], 5);
    }
  });

  it("nslphom returns its least-HETe iteration and stops by iterMax", async () => {
    const sim = simulateTransfers(50, 4, 4, 6, 8);
    const { x, y } = margins(sim);
    const ns = solveNslphom(await getHighs(), x, y, plain, { iterMax: 5 });
    expect(ns.iterations).toBeLessThanOrEqual(5);
    expect(ns.heteSequence).toHaveLength(ns.iterations + 1);
    expect(ns.hete).toBe(Math.min(...ns.heteSequence.slice(1)));
    expect(ns.heteSequence[ns.selected]).toBe(ns.hete);
    expect(ns.heteInit).toBe(ns.heteSequence[0]);
  });

  it("keep structural zeros and the unit's uniform exit share in every unit", async () => {
    // Data whose every unit respects the zero origin 0 → destination 2.
    const rng = createRng(7);
    const x: number[][] = [];
    const y: number[][] = [];
    for (let i = 0; i < 30; i++) {
      const xi = [0, 1, 2].map(() => 100 + 400 * rng.uniform());
      const P = [
        Array.from(rng.dirichlet([2, 2])).concat(0),
        Array.from(rng.dirichlet([2, 2, 2])),
        Array.from(rng.dirichlet([2, 2, 2])),
      ];
      x.push(xi);
      y.push([0, 1, 2].map((k) => xi.reduce((s, v, j) => s + v * P[j][k], 0) * (i % 3 === 0 ? 0.9 : 1.05)));
    }
    const prep = prepareNewAndExit(["a", "b", "c"], ["A", "B", "C"], x, y, "raw");
    const structure: LpStructure = {
      newRows: prep.newRows,
      exitCols: prep.exitCols,
      uniform: true,
      structuralZeros: [[0, 2]],
    };
    const ts = solveTslphom(await getHighs(), prep.x, prep.y, structure);
    expect(ts.failed).toEqual([]);
    expectUnitsReproduceMargins(prep.x, prep.y, ts.unitP);
    ts.unitP.forEach((P, i) => {
      expect(P[0][2]).toBe(0);
      expect(P[3][3]).toBe(0);
      const base = prep.x[i][0] + prep.x[i][1] + prep.x[i][2];
      for (let j = 0; j < 3; j++) expect(P[j][3]).toBeCloseTo(prep.y[i][3] / base, 9);
    });
  });
});
