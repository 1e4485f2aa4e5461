import { describe, expect, it } from "vitest";
import { EiInputError } from "./contract.ts";
import { reconcileMargins, validateInput } from "./validate-input.ts";

const good = () => ({
  rows: ["a", "b"],
  cols: ["x", "y", "z"],
  units: [
    { id: "29019_0001", rows: [10, 5], cols: [7, 4, 4] },
    { id: "29019_0002", rows: [3.5, 2.5], cols: [1, 2, 3] },
  ],
});

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EiInputError);
    return (e as Error).message;
  }
  throw new Error("expected a throw");
}

describe("validateInput", () => {
  it("accepts valid input, non-integer counts included", () => {
    const v = validateInput(good());
    expect(v.units[1].rows).toEqual([3.5, 2.5]);
  });
  it("names the unit, its index and the field", () => {
    const bad = good();
    bad.units[1].cols[2] = -5;
    expect(messageOf(() => validateInput(bad))).toBe('unit "29019_0002" (index 1): cols[2] is negative (-5)');
    const nan = good();
    nan.units[0].rows[1] = Number.NaN;
    expect(messageOf(() => validateInput(nan))).toContain(
      'unit "29019_0001" (index 0): rows[1] is not a finite',
    );
    const ragged = good();
    ragged.units[0].cols = [1, 2];
    expect(messageOf(() => validateInput(ragged))).toContain("cols has 2 counts, expected 3");
  });
  it("rejects missing labels, no units and non-objects", () => {
    expect(messageOf(() => validateInput({ ...good(), rows: [] }))).toContain("input.rows");
    expect(messageOf(() => validateInput({ ...good(), units: [] }))).toContain("input.units");
    expect(messageOf(() => validateInput(null))).toContain("input must be an object");
    expect(
      messageOf(() => validateInput({ ...good(), units: [{ rows: [1, 1], cols: [1, 1, 0] }] })),
    ).toContain("index 0: id");
  });
});

describe("reconcileMargins", () => {
  const uneven = () =>
    validateInput({
      rows: ["a", "b"],
      cols: ["x", "y"],
      units: [
        { id: "u1", rows: [10, 10], cols: [15, 5] },
        { id: "u2", rows: [6, 2], cols: [5, 5] },
      ],
    });
  it("throws in error mode naming the unit", () => {
    expect(messageOf(() => reconcileMargins(uneven(), "error"))).toContain(
      'unit "u2" (index 1): rows total 8',
    );
  });
  it("scales rows or columns so that totals agree", () => {
    const r = reconcileMargins(uneven(), "scale-rows");
    expect(r.input.units[1].rows).toEqual([7.5, 2.5]);
    expect(r.adjusted).toEqual(["u2"]);
    expect(r.warnings[0]).toContain("1 unit(s)");
    const c = reconcileMargins(uneven(), "scale-cols");
    expect(c.input.units[1].cols).toEqual([4, 4]);
  });
  it("cannot scale a zero side", () => {
    const z = validateInput({ rows: ["a"], cols: ["x"], units: [{ id: "z", rows: [0], cols: [3] }] });
    expect(messageOf(() => reconcileMargins(z, "scale-rows"))).toContain("rows total is 0");
  });
});
