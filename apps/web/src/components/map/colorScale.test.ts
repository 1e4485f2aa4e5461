import { describe, expect, it } from "vitest";
import { classOf, colorOf, equalIntervals, NO_DATA, SEQUENTIAL } from "./colorScale.ts";

describe("the choropleth classes", () => {
  it("cuts [0, 1] into five classes of width 0.2", () => {
    const c = equalIntervals([0, 0.5, 1, null]);
    expect(c?.breaks.map((b) => Number(b.toFixed(10)))).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(c?.min).toBe(0);
    expect(c?.max).toBe(1);
  });
  it("puts each value in its class, the maximum in the last, no value in none", () => {
    const c = equalIntervals([0, 1]);
    expect(classOf(0, c)).toBe(0);
    expect(classOf(0.19, c)).toBe(0);
    expect(classOf(0.2, c)).toBe(1);
    expect(classOf(0.79, c)).toBe(3);
    expect(classOf(1, c)).toBe(4);
    expect(classOf(null, c)).toBe(-1);
    expect(colorOf(1, c)).toBe(SEQUENTIAL[4]);
    expect(colorOf(null, c)).toBe(NO_DATA);
  });
  it("has no classes without a finite value", () => {
    expect(equalIntervals([null, Number.NaN])).toBeNull();
    expect(colorOf(3, null)).toBe(NO_DATA);
  });
});
