import { describe, expect, it } from "vitest";
import { dnorm, logNormalInterval, pnorm, qnorm, qt } from "./special-functions.ts";
import { bvnRectangle, bvnUpper, gaussLegendre } from "./special-functions-bvn.ts";

// Reference values: R 4.x pnorm/qnorm/qt (identical to published tables to the digits shown).
describe("pnorm", () => {
  const cases: [number, number][] = [
    [-1, 0.15865525393145707],
    [-1.96, 0.024997895148220435],
    [-3, 0.0013498980316300946],
    [-5, 2.866515718791939e-7],
    [-8, 6.22096057427178e-16],
    [-10, 7.619853024160527e-24],
    [-20, 2.753624118606234e-89],
  ];
  it.each(cases)("Φ(%d) matches to 1e-13 relative", (x, want) => {
    expect(Math.abs(pnorm(x) - want) / want).toBeLessThan(1e-13);
    expect(Math.abs(1 - pnorm(-x) - want)).toBeLessThan(1e-15);
  });
  it("is 1/2 at 0 and 0 beyond −37", () => {
    expect(pnorm(0)).toBeCloseTo(0.5, 15);
    expect(pnorm(-40)).toBe(0);
  });
});

describe("qnorm", () => {
  it("inverts pnorm across the range", () => {
    expect(qnorm(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(qnorm(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(qnorm(0.5)).toBeCloseTo(0, 14);
    for (const p of [1e-300, 1e-20, 0.001, 0.1, 0.3, 0.7, 0.99, 1 - 1e-12]) {
      expect(Math.abs(pnorm(qnorm(p)) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-9);
    }
  });
});

describe("logNormalInterval", () => {
  it("stays finite and accurate deep in a tail", () => {
    // log(Φ(-30) − Φ(-31)) ≈ log Φ(-30) since Φ(-31) is 1e-14 relative smaller
    const want = Math.log(pnorm(-30));
    expect(logNormalInterval(30, 31)).toBeCloseTo(want, 8);
    expect(logNormalInterval(-31, -30)).toBeCloseTo(want, 8);
    expect(logNormalInterval(-1, 1)).toBeCloseTo(Math.log(0.6826894921370859), 12);
  });
});

describe("qt (Cornish–Fisher)", () => {
  it("matches R qt to 1e-3 for df ≥ 5", () => {
    expect(qt(0.975, 5)).toBeCloseTo(2.570581835636314, 2);
    expect(qt(0.975, 10)).toBeCloseTo(2.228138851986274, 3);
    expect(qt(0.975, 30)).toBeCloseTo(2.042272456301238, 4);
    expect(qt(0.975, 1)).toBeCloseTo(12.70620473617471, 8);
  });
});

describe("gaussLegendre", () => {
  it("integrates polynomials of degree 2n−1 exactly", () => {
    const { nodes, weights } = gaussLegendre(6);
    let s = 0;
    for (let i = 0; i < 6; i++) s += weights[i] * nodes[i] ** 10;
    expect(s).toBeCloseTo(2 / 11, 14);
  });
});

/** Independent check: P(X > h, Y > k) = ∫_h^∞ φ(x) Φ((r x − k)/√(1−r²)) dx by Simpson. */
function bvnUpperByQuadrature(h: number, k: number, r: number): number {
  const lo = Math.max(h, -12);
  const hi = 12;
  if (lo >= hi) return 0;
  const n = 20000;
  const step = (hi - lo) / n;
  const s = Math.sqrt(1 - r * r);
  const f = (x: number) => dnorm(x) * pnorm((r * x - k) / s);
  let sum = f(lo) + f(hi);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(lo + i * step);
  return (sum * step) / 3;
}

describe("bivariate normal (Genz)", () => {
  it("gives the orthant probability 1/4 + asin(r)/(2π)", () => {
    for (const r of [-0.95, -0.5, 0, 0.2, 0.5, 0.8, 0.93, 0.99]) {
      expect(bvnUpper(0, 0, r)).toBeCloseTo(0.25 + Math.asin(r) / (2 * Math.PI), 13);
    }
  });
  it("agrees with direct quadrature in every branch of |r|", () => {
    for (const r of [-0.97, -0.8, -0.4, -0.1, 0.1, 0.5, 0.9, 0.95, 0.999]) {
      for (const [h, k] of [
        [0.3, -0.7],
        [-1.5, 1.2],
        [2, 2.5],
        [-2, -0.4],
      ]) {
        expect(Math.abs(bvnUpper(h, k, r) - bvnUpperByQuadrature(h, k, r))).toBeLessThan(1e-10);
      }
    }
  });
  it("factorises when r = 0 and the rectangle sums to 1 over the plane", () => {
    expect(bvnRectangle(-1, 2, 0.5, 1, 0)).toBeCloseTo((pnorm(2) - pnorm(-1)) * (pnorm(1) - pnorm(0.5)), 14);
    expect(bvnRectangle(-40, 40, -40, 40, 0.6)).toBeCloseTo(1, 12);
  });
});
