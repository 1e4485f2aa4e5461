import { describe, expect, it } from "vitest";
import { createFastRng } from "./md-fast-rng.ts";
import { createRng } from "./rng.ts";

describe("createFastRng", () => {
  const n = 400_000;
  const rng = createFastRng(createRng(42));
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = rng.normal();

  it("draws standard normals: mean, variance and kurtosis", () => {
    let m = 0;
    for (const x of xs) m += x / n;
    let v = 0;
    let k = 0;
    for (const x of xs) {
      v += (x - m) ** 2 / n;
      k += (x - m) ** 4 / n;
    }
    expect(Math.abs(m)).toBeLessThan(5 * Math.sqrt(1 / n));
    expect(Math.abs(v - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(k / (v * v) - 3)).toBeLessThan(5 * Math.sqrt(24 / n));
  });

  it("puts the right mass in the body and in the tail beyond the ziggurat base (3.44)", () => {
    const frac = (f: (x: number) => boolean): number => xs.filter(f).length / n;
    // Φ(1) − Φ(−1) = 0.682689; P(|Z| > 1.959964) = 0.05; P(|Z| > 3.442620) = 5.761e-4
    const checks: [number, number][] = [
      [frac((x) => Math.abs(x) < 1), 0.682689],
      [frac((x) => Math.abs(x) > 1.959964), 0.05],
      [frac((x) => Math.abs(x) > 3.44262), 5.7614e-4],
      [frac((x) => x > 0), 0.5],
    ];
    for (const [got, p] of checks) expect(Math.abs(got - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });

  it("draws uniforms strictly inside (0, 1) with mean 1/2 and is reproducible from its parent", () => {
    const a = createFastRng(createRng(7));
    const b = createFastRng(createRng(7));
    let s = 0;
    let same = 0;
    let inside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = a.uniform();
      if (u === b.uniform()) same++;
      if (u > 0 && u < 1) inside++;
      s += u;
    }
    expect(same).toBe(100_000);
    expect(inside).toBe(100_000);
    expect(Math.abs(s / 100_000 - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / 100_000));
  });
});
