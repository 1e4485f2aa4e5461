import { describe, expect, it } from "vitest";
import { eiDataMissing, loadReferenceNumbers, missingDataMessage } from "./king-fixtures.ts";
import { loadFrance2017D } from "./lp-fixtures.ts";
import { simulateTransfers } from "./lp-simulate.ts";
import { getHighs } from "./lp-solve.ts";
import type { LpStructure } from "./lp-structure.ts";
import { solveLphomGlobal } from "./lphom.ts";
import { prepareNewAndExit } from "./new-and-exit.ts";
import { createRng } from "./rng.ts";

/** Asserts |a − b| < tol cell by cell. */
function expectClose(a: number[][], b: number[][], tol: number): void {
  expect(a.length).toBe(b.length);
  for (let j = 0; j < a.length; j++)
    for (let k = 0; k < a[j].length; k++) expect(Math.abs(a[j][k] - b[j][k])).toBeLessThan(tol);
}

const plain: LpStructure = { newRows: 0, exitCols: 0, uniform: true, structuralZeros: [] };
const margins = (s: ReturnType<typeof simulateTransfers>) => ({
  x: s.input.units.map((u) => u.rows),
  y: s.input.units.map((u) => u.cols),
});

describe.skipIf(eiDataMissing)("lphom on France 2017 (lphom's France2017D, adjust1)", () => {
  it("reaches HETe 4.135 and the reference transfer matrix", async () => {
    if (eiDataMissing) return console.warn(missingDataMessage);
    const data = loadFrance2017D()!;
    const ref = loadReferenceNumbers()!.France2017D_lphom_adjust1 as {
      VTM_percent: number[][];
      HETe: number;
    };
    const prep = prepareNewAndExit(
      data.rows,
      data.cols,
      data.units.map((u) => u.rows),
      data.units.map((u) => u.cols),
      "adjust1",
    );
    const fit = solveLphomGlobal(await getHighs(), prep.x, prep.y, plain);
    expect(Math.abs(fit.hete - 4.135)).toBeLessThan(0.01);
    expect(fit.hete).toBeCloseTo(ref.HETe, 3);
    expectClose(
      fit.p.map((r) => r.map((v) => 100 * v)),
      ref.VTM_percent,
      0.05,
    );
  });
});

describe("lphom on simulated data", () => {
  it("recovers the transfer matrix exactly when every unit shares it (homogeneity)", async () => {
    const sim = simulateTransfers(60, 4, 3, 11, Number.POSITIVE_INFINITY);
    const { x, y } = margins(sim);
    const fit = solveLphomGlobal(await getHighs(), x, y, plain);
    expect(fit.hete).toBeLessThan(1e-6);
    expectClose(fit.p, sim.global, 1e-6);
  });

  it("keeps both aggregate margins and unit rows summing to one", async () => {
    const sim = simulateTransfers(80, 5, 4, 3, 20);
    const { x, y } = margins(sim);
    const fit = solveLphomGlobal(await getHighs(), x, y, plain);
    const xt = sim.truth.map((r) => r.reduce((a, b) => a + b));
    for (const row of fit.p) expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 9);
    for (let k = 0; k < 4; k++) {
      const implied = fit.p.reduce((s, row, j) => s + row[k] * xt[j], 0);
      expect(implied).toBeCloseTo(
        y.reduce((s, r) => s + r[k], 0),
        4,
      );
    }
  });

  it("honours structural zeros", async () => {
    const sim = simulateTransfers(80, 3, 3, 5, 30);
    const { x, y } = margins(sim);
    const fit = solveLphomGlobal(await getHighs(), x, y, { ...plain, structuralZeros: [[0, 1]] });
    expect(fit.p[0][1]).toBe(0);
    expect(fit.p[0][0] + fit.p[0][2]).toBeCloseTo(1, 9);
  });

  it("returns a consistent a-priori matrix when it alone is weighted (lambda = 1)", async () => {
    const sim = simulateTransfers(50, 3, 3, 8, 10);
    const { x, y } = margins(sim);
    // The true aggregate matrix satisfies the aggregate constraints exactly.
    const truthP = sim.truth.map((r) => r.map((v) => v / r.reduce((a, b) => a + b)));
    const fit = solveLphomGlobal(await getHighs(), x, y, plain, { apriori: truthP, lambda: 1 });
    expectClose(fit.p, truthP, 1e-6);
  });

  it("moves towards an a-priori matrix as lambda grows, leaving unknown cells free", async () => {
    const sim = simulateTransfers(120, 3, 3, 9, 5);
    const { x, y } = margins(sim);
    const highs = await getHighs();
    const truthP = sim.truth.map((r) => r.map((v) => v / r.reduce((a, b) => a + b)));
    const prior = truthP.map((r, j) => r.map((v, k) => (j === 2 && k === 2 ? Number.NaN : v)));
    const dist = (p: number[][]) => p.flat().reduce((s, v, c) => s + Math.abs(v - truthP.flat()[c]), 0);
    const none = solveLphomGlobal(highs, x, y, plain);
    const strong = solveLphomGlobal(highs, x, y, plain, { apriori: prior, lambda: 0.99 });
    expect(dist(strong.p)).toBeLessThan(dist(none.p));
    expect(dist(strong.p)).toBeLessThan(1e-3);
  });

  it("makes exits uniform across origins and forbids new electors to exit (raw scenario)", async () => {
    const sim = simulateTransfers(40, 3, 3, 21, 30);
    const { x, y } = margins(sim);
    // Remove 5% of the origin from half of the units (deaths), add 8% to the others (young).
    const y2 = y.map((r, i) => r.map((v) => v * (i % 2 === 0 ? 0.95 : 1.08)));
    const prep = prepareNewAndExit(sim.input.rows, sim.input.cols, x, y2, "raw");
    const fit = solveLphomGlobal(await getHighs(), prep.x, prep.y, {
      newRows: prep.newRows,
      exitCols: prep.exitCols,
      uniform: true,
      structuralZeros: [],
    });
    const exitShare = fit.p.map((r) => r[3]);
    expect(exitShare[3]).toBe(0);
    expect(exitShare[1]).toBeCloseTo(exitShare[0], 9);
    expect(exitShare[2]).toBeCloseTo(exitShare[0], 9);
    const exits = prep.y.reduce((s, r) => s + r[3], 0);
    const canExit = prep.x.reduce((s, r) => s + r[0] + r[1] + r[2], 0);
    expect(exitShare[0]).toBeCloseTo(exits / canExit, 9);
  });

  it("full and gold: new electors never exit, exits are uniform across the other origins", async () => {
    // Origins: A, B, Young, Immigrants; destinations: X, Y, (Emigrants,) Deaths; equal totals.
    const rng = createRng(31);
    const highs = await getHighs();
    for (const scenario of ["full", "gold"] as const) {
      const K = scenario === "gold" ? 4 : 3;
      const exitCols = scenario === "gold" ? 2 : 1;
      const x: number[][] = [];
      const y: number[][] = [];
      for (let i = 0; i < 40; i++) {
        const xi = [300, 200, 20, 10].map((v) => v * (0.5 + rng.uniform()));
        const exitShare = Array.from({ length: exitCols }, () => 0.01 + 0.02 * rng.uniform());
        const stay = 1 - exitShare.reduce((a, b) => a + b, 0);
        const split = (w: number) => [w * stay, (1 - w) * stay, ...exitShare];
        const P = [
          split(0.7),
          split(0.3),
          [0.5, 0.5, ...exitShare.map(() => 0)],
          [0.4, 0.6, ...exitShare.map(() => 0)],
        ];
        x.push(xi);
        y.push(Array.from({ length: K }, (_, k) => xi.reduce((acc, v, j) => acc + v * P[j][k], 0)));
      }
      const labels = Array.from({ length: K }, (_, k) => `d${k}`);
      const prep = prepareNewAndExit(["A", "B", "Young", "Immigrants"], labels, x, y, scenario);
      expect([prep.newRows, prep.exitCols]).toEqual([2, exitCols]);
      const fit = solveLphomGlobal(highs, prep.x, prep.y, { ...plain, newRows: 2, exitCols });
      for (let k = K - exitCols; k < K; k++) {
        expect(fit.p[2][k]).toBe(0);
        expect(fit.p[3][k]).toBe(0);
        expect(fit.p[1][k]).toBeCloseTo(fit.p[0][k], 9);
      }
    }
  });
});
