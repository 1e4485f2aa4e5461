import { describe, expect, it } from "vitest";
import { parseCount, parseFrenchDecimal } from "./french-number.ts";

describe("French numbers", () => {
  it("reads decimals with a comma, a point, percent signs and spaces", () => {
    expect(parseFrenchDecimal("71,46%")).toBe(71.46);
    expect(parseFrenchDecimal("47,70 %")).toBe(47.7);
    expect(parseFrenchDecimal("0.56")).toBe(0.56);
    expect(parseFrenchDecimal("-18,9")).toBe(-18.9);
    expect(parseFrenchDecimal("1\u00a0234,5")).toBe(1234.5);
  });
  it("gives null for empty and INSEE secret cells, NaN for text", () => {
    expect(parseFrenchDecimal("")).toBeNull();
    expect(parseFrenchDecimal("s")).toBeNull();
    expect(parseFrenchDecimal("NA")).toBeNull();
    expect(parseFrenchDecimal("douze")).toBeNaN();
    expect(parseFrenchDecimal("12,3,4")).toBeNaN();
  });
  it("reads counts as whole non-negative numbers only", () => {
    expect(parseCount("911")).toBe(911);
    expect(parseCount(" 1 234 ")).toBe(1234);
    expect(parseCount("12,5")).toBeNull();
    expect(parseCount("-3")).toBeNull();
    expect(parseCount("")).toBeNull();
    expect(parseCount("abc")).toBeNull();
  });
});
