import { describe, expect, it } from "vitest";
import { incomeBandShares } from "./income-bands.ts";

describe("incomeBandShares", () => {
  it("reads band shares off the deciles (known piecewise-linear values)", () => {
    // deciles exactly at 10k, 12k, …, 26k: 15 000 sits halfway between D3 (14k) and D4 (16k)
    const d = [10, 12, 14, 16, 18, 20, 22, 24, 26].map((v) => v * 1000);
    const s = incomeBandShares(d);
    if (!s) throw new Error("null");
    expect(s[0]).toBeCloseTo(0.35, 12); // F(15k) = 0.3 + 0.5 × 0.1
    expect(s[1]).toBeCloseTo(0.6 - 0.35, 12); // F(20k) = 0.6
    expect(s[2]).toBeCloseTo(0.85 - 0.6, 12); // F(25k) = 0.8 + 0.5 × 0.1
    // upper anchor 26k + 2 × 2k = 30k: everybody is under 32k
    expect(s[3]).toBeCloseTo(0.15, 12);
    expect(s[4]).toBeCloseTo(0, 12);
    expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("gives null for an IRIS under statistical secrecy", () => {
    expect(incomeBandShares([1, 2, 3, 4, undefined, 6, 7, 8, 9])).toBeNull();
  });
});
