import { describe, expect, it } from "vitest";
import { EiInputError } from "./contract.ts";
import { prepareNewAndExit } from "./new-and-exit.ts";

const rows = ["A", "B", "Young"];
const cols = ["X", "Y"];
// unit 1: 100 → 90 (10 exits); unit 2: 50 → 60 (10 entries); unit 3: equal.
const x = [
  [50, 40, 10],
  [20, 20, 10],
  [30, 30, 0],
];
const y = [
  [45, 45],
  [30, 30],
  [40, 20],
];

describe("new_and_exit_voters scenarios", () => {
  it("raw: computes NET_ENTRIES and NET_EXITS from the unit differences (Romero et al. 2020, eq. 7)", () => {
    const p = prepareNewAndExit(rows, cols, x, y, "raw");
    expect(p.rowLabels).toEqual(["A", "B", "Young", "NET_ENTRIES"]);
    expect(p.colLabels).toEqual(["X", "Y", "NET_EXITS"]);
    expect(p.x.map((r) => r[3])).toEqual([0, 10, 0]);
    expect(p.y.map((r) => r[2])).toEqual([10, 0, 0]);
    expect(p.newRows).toBe(1);
    expect(p.exitCols).toBe(1);
    expect(p.netEntries).toBeCloseTo(10 / 210, 12);
    expect(p.netExits).toBeCloseTo(10 / 210, 12);
    for (const [i, r] of p.x.entries()) {
      expect(r.reduce((a, b) => a + b)).toBeCloseTo(
        p.y[i].reduce((a, b) => a + b),
        9,
      );
    }
  });

  it("regular: the last origin column is new electors, plus the computed net entries", () => {
    const p = prepareNewAndExit(rows, cols, x, y, "regular");
    expect(p.newRows).toBe(2);
    expect(p.exitCols).toBe(1);
  });

  it("raw without register change adds nothing", () => {
    const p = prepareNewAndExit(rows, cols, [x[2]], [y[2]], "raw");
    expect(p.rowLabels).toEqual(rows);
    expect(p.colLabels).toEqual(cols);
    expect(p.newRows + p.exitCols).toBe(0);
  });

  it("adjust1 scales origin rows to the destination totals, adjust2 the reverse", () => {
    const a1 = prepareNewAndExit(rows, cols, x, y, "adjust1");
    expect(a1.x[0]).toEqual([45, 36, 9]);
    expect(a1.y).toEqual(y);
    expect(a1.rowLabels).toEqual(rows);
    const a2 = prepareNewAndExit(rows, cols, x, y, "adjust2");
    expect(a2.y[1]).toEqual([25, 25]);
    expect(a2.x).toEqual(x);
  });

  it("simultaneous refuses unit totals that differ, naming the unit", () => {
    expect(() => prepareNewAndExit(rows, cols, x, y, "simultaneous", ["b1", "b2", "b3"])).toThrow(
      EiInputError,
    );
    expect(() => prepareNewAndExit(rows, cols, x, y, "simultaneous", ["b1", "b2", "b3"])).toThrow(
      /unit "b1"/,
    );
  });

  it("declares the new-elector rows and exit columns of semifull, full, fullreverse and gold", () => {
    const same = [[1, 2, 3, 4]];
    const cols4 = ["c1", "c2", "c3", "c4"];
    const labels = ["r1", "r2", "r3", "r4"];
    const shape = (s: "semifull" | "full" | "fullreverse" | "gold" | "ordinary" | "enriched") => {
      const p = prepareNewAndExit(labels, cols4, same, same, s);
      return [p.newRows, p.exitCols];
    };
    expect(shape("semifull")).toEqual([1, 1]);
    expect(shape("full")).toEqual([2, 1]);
    expect(shape("fullreverse")).toEqual([1, 2]);
    expect(shape("gold")).toEqual([2, 2]);
    expect(shape("ordinary")).toEqual([0, 1]);
    expect(shape("enriched")).toEqual([1, 1]);
  });

  it("rejects an unknown scenario", () => {
    // @ts-expect-error: not a scenario
    expect(() => prepareNewAndExit(rows, cols, x, y, "sometimes")).toThrow(/unknown scenario/);
  });
});
