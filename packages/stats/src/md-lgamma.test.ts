import { describe, expect, it } from "vitest";
import { lgamma } from "./md-lgamma.ts";

describe("lgamma", () => {
  it("matches exact values of log Γ", () => {
    expect(lgamma(1)).toBeCloseTo(0, 13);
    expect(lgamma(2)).toBeCloseTo(0, 13);
    expect(lgamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(lgamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lgamma(3.5)).toBeCloseTo(Math.log((15 / 8) * Math.sqrt(Math.PI)), 12);
  });

  it("matches published values for small and large arguments", () => {
    // R: lgamma(1e-3) = 6.907178885383854, lgamma(100) = 359.1342053695754
    expect(lgamma(1e-3)).toBeCloseTo(6.907178885383854, 10);
    expect(lgamma(100)).toBeCloseTo(359.1342053695754, 9);
    expect(lgamma(2500.5)).toBeCloseTo(
      2500 * Math.log(2500.5) - 2500.5 + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * 2500.5),
      6,
    );
  });
});
