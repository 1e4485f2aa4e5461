import { describe, expect, it } from "vitest";
import { computeBounds, unitBounds } from "./bounds.ts";
import { dataDiagnostics } from "./diagnostics.ts";
import {
  eiDataMissing,
  loadMatproii,
  loadReferenceNumbers,
  loadSenc,
  missingDataMessage,
} from "./king-fixtures.ts";

describe("unitBounds", () => {
  it("gives the Duncan–Davis bounds of a 2x2 unit", () => {
    // 100 people, 40 black, 70 voted: β_b ∈ [max(0,(40+70−100)/40), min(1,70/40)] = [0.25, 1]
    const b = unitBounds([40, 60], [70, 30]);
    expect(b.lower[0]).toEqual([0.25, 0]);
    expect(b.upper[0]).toEqual([1, 0.75]);
    expect(b.lower[1][0]).toBeCloseTo(0.5, 15); // (60+70−100)/60
    expect(b.upper[1][1]).toBeCloseTo(0.5, 15); // 30/60
  });
  it("contains the truth of every senc unit and cell", () => {
    const senc = loadSenc();
    if (!senc) return console.warn(missingDataMessage);
    senc.input.units.forEach((u, k) => {
      const b = unitBounds(u.rows, u.cols);
      u.rows.forEach((r, i) => {
        if (r === 0) return;
        u.cols.forEach((_, j) => {
          const share = senc.cells[k][i][j] / r;
          expect(share).toBeGreaterThanOrEqual(b.lower[i][j] - 1e-12);
          expect(share).toBeLessThanOrEqual(b.upper[i][j] + 1e-12);
        });
      });
    });
  });
});

describe.skipIf(eiDataMissing)("aggregate bounds on the validation sets", () => {
  it("equal King's published aggregate bounds on matproii", () => {
    if (eiDataMissing) return console.warn(missingDataMessage);
    const m = loadMatproii();
    const ref = loadReferenceNumbers()?.matproii as {
      published_ei_vignette: { aggregate_bounds: { betab: number[]; betaw: number[] } };
      aggregate_bounds_computed_here: { betab: number[]; betaw: number[] };
    };
    if (!m) throw new Error("matproii missing");
    const b = computeBounds(m.input);
    const pub = ref.published_ei_vignette.aggregate_bounds;
    // published to 4 decimals (the vignette truncates: 0.2125 vs 0.21257…)
    expect(Math.abs(b.lower[0][0] - pub.betab[0])).toBeLessThan(1.5e-4);
    expect(Math.abs(b.upper[0][0] - pub.betab[1])).toBeLessThan(1.5e-4);
    expect(Math.abs(b.lower[1][0] - pub.betaw[0])).toBeLessThan(1.5e-4);
    expect(Math.abs(b.upper[1][0] - pub.betaw[1])).toBeLessThan(1.5e-4);
    const here = ref.aggregate_bounds_computed_here;
    expect(b.lower[0][0]).toBeCloseTo(here.betab[0], 4);
    expect(b.upper[1][0]).toBeCloseTo(here.betaw[1], 4);
  });
  it("equal the reference numbers on senc, and contain the truth", () => {
    const senc = loadSenc();
    const ref = loadReferenceNumbers()?.senc as {
      aggregate_duncan_davis_bounds_lower: number[][];
      aggregate_duncan_davis_bounds_upper: number[][];
      truth_row_props: number[][];
    };
    if (!senc) throw new Error("senc missing");
    const b = computeBounds(senc.input);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expect(b.lower[i][j]).toBeCloseTo(ref.aggregate_duncan_davis_bounds_lower[i][j], 4);
        expect(b.upper[i][j]).toBeCloseTo(ref.aggregate_duncan_davis_bounds_upper[i][j], 4);
        expect(ref.truth_row_props[i][j]).toBeGreaterThanOrEqual(b.lower[i][j] - 1e-4);
        expect(ref.truth_row_props[i][j]).toBeLessThanOrEqual(b.upper[i][j] + 1e-4);
      }
    }
    // the neutral counts keep both margins
    for (const [i, row] of b.neutralCounts.entries()) {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(b.rowTotals[i], 6);
    }
    for (const [j, c] of b.colTotals.entries()) {
      expect(b.neutralCounts.reduce((s, row) => s + row[j], 0)).toBeCloseTo(c, 6);
    }
  });
});

describe("dataDiagnostics", () => {
  it("reports empty units, unequal totals and zero rows", () => {
    const d = dataDiagnostics({
      rows: ["a", "b", "c"],
      cols: ["x", "y"],
      units: [
        { id: "e", rows: [0, 0, 0], cols: [0, 0] },
        { id: "u", rows: [1, 2, 0], cols: [2, 2] },
        { id: "ok", rows: [1, 1, 0], cols: [1, 1] },
      ],
    });
    expect(d.emptyUnits).toEqual(["e"]);
    expect(d.unequalTotals).toEqual(["u"]);
    expect(d.zeroRows).toEqual(["c"]);
    expect(d.zeroCols).toEqual([]);
    expect(d.warnings).toHaveLength(3);
  });
});
