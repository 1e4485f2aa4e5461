import { describe, expect, it } from "vitest";
import { createRng } from "./rng.ts";

describe("createRng", () => {
  it("is reproducible for a seed and differs between seeds", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xa);
  });

  it("draws uniform, normal and gamma with the right moments", () => {
    const r = createRng(7);
    const n = 200_000;
    let su = 0;
    let sn = 0;
    let sn2 = 0;
    let sg = 0;
    let sg2 = 0;
    for (let i = 0; i < n; i++) {
      su += r.uniform();
      const z = r.normal();
      sn += z;
      sn2 += z * z;
      const g = r.gamma(4);
      sg += g;
      sg2 += g * g;
    }
    expect(su / n).toBeCloseTo(0.5, 2);
    expect(sn / n).toBeCloseTo(0, 2);
    expect(sn2 / n).toBeCloseTo(1, 1);
    // Gamma(4, 1): mean 4, variance 4.
    expect(sg / n).toBeCloseTo(4, 1);
    expect(sg2 / n - (sg / n) ** 2).toBeCloseTo(4, 0);
    // Small shapes: Gamma(0.3) mean 0.3.
    let s = 0;
    for (let i = 0; i < n; i++) s += r.gamma(0.3);
    expect(s / n).toBeCloseTo(0.3, 2);
  });
});
