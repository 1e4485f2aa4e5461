import { describe, expect, it } from "vitest";
import { heteGlobal, heteUnits } from "./hete.ts";

describe("HETe", () => {
  it("is 0 when the matrix fits every unit and 100 when it misses every vote (global, eq. 11)", () => {
    const x = [
      [10, 0],
      [0, 10],
    ];
    expect(
      heteGlobal(x, x, [
        [1, 0],
        [0, 1],
      ]),
    ).toBe(0);
    // Unit residuals (5, −5) and (−5, 5): Σ|e| = 20 over 20 electors.
    expect(
      heteGlobal(x, x, [
        [0.5, 0.5],
        [0.5, 0.5],
      ]),
    ).toBe(100);
  });

  it("counts the share of votes to move for every unit to follow the aggregate (units, eq. 10)", () => {
    const h = heteUnits([
      [
        [10, 0],
        [0, 10],
      ],
      [
        [0, 10],
        [10, 0],
      ],
    ]);
    expect(h.prop).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(h.votes).toEqual([
      [10, 10],
      [10, 10],
    ]);
    // Each unit is 20 votes away from [[5, 5], [5, 5]] in L1: ½ · 40 / 40 = 50%.
    expect(h.het).toBe(50);
    expect(heteUnits([h.votes]).het).toBe(0);
  });
});
