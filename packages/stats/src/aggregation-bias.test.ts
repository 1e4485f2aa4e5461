import { describe, expect, it } from "vitest";
import { aggregationBiasCheck, aggregationBiasWarning } from "./aggregation-bias.ts";
import type { EiInput } from "./contract.ts";
import { createRng, type Rng } from "./rng.ts";

const BASE = [
  [0.8, 0.1, 0.1], // abstainers: mostly stay home
  [0.12, 0.78, 0.1],
  [0.12, 0.08, 0.8],
];

/**
 * 60 units of 800 voters, rows (Abstentions, A, B) drawn per unit, each voter moving by the
 * rates of its row; with `context`, rows' rates to abstention rise with the unit's share of
 * abstainers (as in low-turnout neighbourhoods), the rest of each row rescaled.
 */
function simulate(rng: Rng, context: number): EiInput {
  const units = Array.from({ length: 60 }, (_, k) => {
    const comp = rng.dirichlet([3, 4, 4]);
    const rows = [0, 0, 0];
    const cols = [0, 0, 0];
    const shift = context * (comp[0] - 3 / 11);
    const rates = BASE.map((r) => {
      const toAbst = Math.min(0.98, Math.max(0.01, r[0] + shift));
      return [toAbst, ...r.slice(1).map((x) => (x * (1 - toAbst)) / (1 - r[0]))];
    });
    for (let v = 0; v < 800; v++) {
      let u = rng.uniform();
      let r = 0;
      while (r < 2 && u >= comp[r]) u -= comp[r++];
      rows[r]++;
      let w = rng.uniform();
      let c = 0;
      while (c < 2 && w >= rates[r][c]) w -= rates[r][c++];
      cols[c]++;
    }
    return { id: `u${k}`, rows, cols };
  });
  return { rows: ["Abstentions", "A", "B"], cols: ["Abstentions", "A", "B"], units };
}

describe("aggregationBiasCheck", () => {
  it("stays quiet on data with constant rates in at least 90 % of data sets", () => {
    const rng = createRng(3);
    let flagged = 0;
    for (let s = 0; s < 40; s++) if (aggregationBiasCheck(simulate(rng, 0)).cells.length > 0) flagged++;
    expect(flagged / 40).toBeLessThanOrEqual(0.1);
  });

  it("flags rates that rise with the share of abstainers, on the abstention cells", () => {
    const rng = createRng(4);
    let flagged = 0;
    for (let s = 0; s < 20; s++) {
      const check = aggregationBiasCheck(simulate(rng, 1.5));
      if (check.cells.length > 0) {
        flagged++;
        expect(check.cells[0].row === "Abstentions" || check.cells[0].col === "Abstentions").toBe(true);
      }
    }
    expect(flagged / 20).toBeGreaterThanOrEqual(0.9);
  });

  it("writes one English sentence naming the worst cell, or nothing", () => {
    const check = {
      level: 0.95,
      cells: [{ row: "Abstentions", col: "Abstentions", estimate: 1.067, lower: 1.02, upper: 1.11 }],
    };
    expect(aggregationBiasWarning(check)).toMatch(
      /^aggregation bias likely: 1 Goodman .*Abstentions→Abstentions = 106\.7 %/,
    );
    expect(aggregationBiasWarning({ level: 0.95, cells: [] })).toBeNull();
  });

  it("says nothing when there are too few units to fit", () => {
    const input: EiInput = {
      rows: ["a", "b"],
      cols: ["x", "y"],
      units: [{ id: "1", rows: [1, 2], cols: [2, 1] }],
    };
    expect(aggregationBiasCheck(input).cells).toEqual([]);
  });
});
