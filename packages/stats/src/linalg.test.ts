import { describe, expect, it } from "vitest";
import { cholesky, choleskyLogDet, choleskySolve, matVec, spdInverse } from "./linalg.ts";

describe("linalg", () => {
  // A textbook SPD matrix with known factor: L = [[2,0,0],[6,1,0],[-8,5,3]].
  const a = [
    [4, 12, -16],
    [12, 37, -43],
    [-16, -43, 98],
  ];
  it("factors a known matrix", () => {
    expect(cholesky(a)).toEqual([
      [2, 0, 0],
      [6, 1, 0],
      [-8, 5, 3],
    ]);
  });
  it("solves and inverts", () => {
    const l = cholesky(a);
    if (!l) throw new Error("not SPD");
    const x = choleskySolve(l, [1, 2, 3]);
    const back = matVec(a, x);
    for (const [i, v] of back.entries()) expect(v).toBeCloseTo([1, 2, 3][i], 10);
    const inv = spdInverse(a);
    if (!inv) throw new Error("not SPD");
    const prod = a.map((row) => inv[0].map((_, j) => row.reduce((s, v, k) => s + v * inv[k][j], 0)));
    for (const [i, row] of prod.entries()) {
      for (const [j, v] of row.entries()) expect(v).toBeCloseTo(i === j ? 1 : 0, 10);
    }
    expect(choleskyLogDet(l)).toBeCloseTo(Math.log(36), 12); // det = (2·1·3)²
  });
  it("refuses a singular or indefinite matrix", () => {
    expect(
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
  });
});
