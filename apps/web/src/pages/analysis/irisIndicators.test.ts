import { describe, expect, it } from "vitest";
import { formatIris, IRIS_INDICATORS, irisValue } from "./irisIndicators.ts";

const p = {
  code: "299990101",
  name: "Centre",
  population: 1234,
  share65: 0.1824,
  shareUnder25: null,
  shareCadres: 0.05,
  shareOuvriers: 0.2,
  shareDiplomeSup: 0.31,
  shareHlm: 0.12,
  medianIncome: 21450,
};

describe("IRIS indicators", () => {
  it("reads every indicator from its own property", () => {
    expect(IRIS_INDICATORS.map((i) => irisValue(p, i))).toEqual([
      1234,
      0.1824,
      null,
      0.05,
      0.2,
      0.31,
      0.12,
      21450,
    ]);
  });
  it("writes figures as a French reader does, and a withheld share as a dash", () => {
    expect(formatIris(1234, "population")).toMatch(/^1[\u00a0\u202f]234$/);
    expect(formatIris(0.1824, "share65")).toMatch(/^18,2[\u00a0\u202f]%$/);
    expect(formatIris(21450, "medianIncome")).toMatch(/^21[\u00a0\u202f]450\u00a0€$/);
    expect(formatIris(null, "shareUnder25")).toBe("—");
    expect(formatIris(0.1824, "share65", "en")).toBe("18.2%");
  });
});
