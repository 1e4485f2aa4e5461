import { describe, expect, it } from "vitest";
import { averageRanks, spearman } from "./rank-correlation.ts";

describe("spearman", () => {
  it("gives average ranks to ties", () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it("matches R's cor(method = 'spearman') on known samples", () => {
    // R: cor(c(1,2,3,4,5), c(5,6,7,8,7), method = "spearman") = 0.8207827
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207827, 6);
    // R: cor(c(106,86,100,101,99,103,97,113,112,110), c(7,0,27,50,28,29,20,12,6,17), method="spearman") = -0.1757576
    expect(
      spearman([106, 86, 100, 101, 99, 103, 97, 113, 112, 110], [7, 0, 27, 50, 28, 29, 20, 12, 6, 17]),
    ).toBeCloseTo(-0.1757576, 6);
  });

  it("is 1 for any increasing transform and -1 when reversed", () => {
    const x = [0.3, 1.2, 5, 7.5, 9];
    expect(
      spearman(
        x,
        x.map((v) => Math.exp(v)),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      spearman(
        x,
        x.map((v) => -v * v),
      ),
    ).toBeCloseTo(-1, 12);
  });

  it("is NaN for a constant sample and rejects mismatched lengths", () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });
});
