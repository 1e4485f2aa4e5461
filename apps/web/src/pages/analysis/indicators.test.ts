import { describe, expect, it } from "vitest";
import type { BureauProperties } from "../../api/types.ts";
import { formatIndicator, indicatorValue } from "./indicators.ts";

const bureau: BureauProperties = {
  code: "29999_0001",
  name: "École Jules Ferry",
  election: "mun2026t1",
  inscrits: 897,
  turnout: 0.5474,
  ourScore: 0.2453,
  mobilisation: 66.09,
  persuasion: 18.03,
  priority: 0.00797,
  priorityLower: 0,
  priorityUpper: 0.0322,
  rank: 40,
};

describe("map indicators", () => {
  it("shows the priority as votes per 100 doors", () => {
    expect(indicatorValue(bureau, "priority")).toBeCloseTo(0.797, 6);
    expect(formatIndicator(0.797, "priority")).toBe("0,8");
  });
  it("writes shares as percentages and voters as whole numbers", () => {
    expect(indicatorValue(bureau, "turnout")).toBe(0.5474);
    expect(formatIndicator(0.5474, "turnout")).toMatch(/^54,7[\u00a0\u202f]%$/);
    expect(formatIndicator(1066.09, "mobilisation")).toBe("1\u202f066");
  });
  it("keeps a missing value missing", () => {
    expect(indicatorValue({ ...bureau, priority: null }, "priority")).toBeNull();
    expect(formatIndicator(null, "ourScore")).toBe("—");
  });
});
