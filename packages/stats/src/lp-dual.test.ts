import { describe, expect, it } from "vitest";
import { solveViaDual } from "./lp-dual.ts";
import { createLpBuilder } from "./lp-model.ts";
import { getHighs, solveLp } from "./lp-solve.ts";

/** min Σ_i |y_i − p| over p ≥ 0: the least-absolute-deviations location is the median. */
function medianLp(y: number[]) {
  const lp = createLpBuilder();
  const p = lp.addVars(1, 0);
  for (const v of y) {
    const e = lp.addVars(2, 1);
    lp.addEq([p, e, e + 1], [1, 1, -1], v);
  }
  return { problem: lp.build(), p };
}

describe("LP solving through HiGHS", () => {
  it("finds the median as the L1 location, by the primal and through the dual", async () => {
    const highs = await getHighs();
    const y = [1, 2, 7, 8, 100];
    const { problem, p } = medianLp(y);
    const primal = solveLp(highs, problem);
    const dual = solveViaDual(highs, problem);
    expect(primal.optimal && dual.optimal).toBe(true);
    expect(primal.x[p]).toBeCloseTo(7, 9);
    expect(dual.x[p]).toBeCloseTo(7, 9);
    // |1−7| + |2−7| + 0 + |8−7| + |100−7| = 105
    expect(primal.objective).toBeCloseTo(105, 9);
    expect(dual.objective).toBeCloseTo(105, 9);
  });

  it("solves a transportation problem with a known optimum and substitutes fixed columns", async () => {
    const highs = await getHighs();
    // supplies 20, 30; demands 10, 25, 15; costs [[8, 6, 10], [9, 12, 13]].
    const cost = [8, 6, 10, 9, 12, 13];
    const lp = createLpBuilder();
    const x0 = lp.addVars(6, 0);
    for (const [q, c] of cost.entries()) lp.setCost(x0 + q, c);
    lp.addEq([0, 1, 2], [1, 1, 1], 20);
    lp.addEq([3, 4, 5], [1, 1, 1], 30);
    lp.addEq([0, 3], [1, 1], 10);
    lp.addEq([1, 4], [1, 1], 25);
    lp.addEq([2, 5], [1, 1], 15);
    // Optimum by hand: ship 20 from s1 to d2 (cheapest), s2 covers d1=10, d2=5, d3=15:
    // 20·6 + 10·9 + 5·12 + 15·13 = 465 (s1 on d3 or d1 instead costs 510 or 515).
    const sol = solveViaDual(highs, lp.build());
    expect(sol.objective).toBeCloseTo(465, 9);
    expect(Array.from(sol.x).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 20, 0, 10, 5, 15]);
    lp.setBounds(x0 + 5, 10, 10);
    const fixed = solveViaDual(highs, lp.build());
    expect(fixed.x[5]).toBe(10);
    expect(fixed.objective).toBeCloseTo(solveLp(highs, lp.build()).objective, 9);
  });

  it("reports an infeasible programme instead of a solution", async () => {
    const highs = await getHighs();
    const lp = createLpBuilder();
    lp.addVars(2, 1);
    lp.addEq([0, 1], [1, 1], 1);
    lp.addEq([0, 1], [1, 1], 2);
    expect(solveViaDual(highs, lp.build()).optimal).toBe(false);
    expect(solveLp(highs, lp.build()).optimal).toBe(false);
  });
});
