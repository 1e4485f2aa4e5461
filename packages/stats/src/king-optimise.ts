/** Objective to minimise; NaN or ±Infinity mark points outside the domain. */
export type Objective = (x: readonly number[]) => number;

/** Output of {@link minimiseBfgs}: the minimiser, its value and whether it converged. */
export interface BfgsResult {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

const finiteOr = (v: number) => (Number.isFinite(v) ? v : Number.POSITIVE_INFINITY);

/**
 * Central finite-difference gradient, step 1e-5·(1 + |x_i|). Cost: 2·dim evaluations.
 */
export function numericGradient(f: Objective, x: readonly number[]): number[] {
  return x.map((xi, i) => {
    const h = 1e-5 * (1 + Math.abs(xi));
    const up = [...x];
    const down = [...x];
    up[i] = xi + h;
    down[i] = xi - h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/**
 * Minimises f by the BFGS quasi-Newton method (Nocedal & Wright, Numerical Optimization,
 * 2nd ed., alg. 6.1) with a backtracking Armijo line search and central-difference
 * gradients — the method R's `optim(method = "BFGS")` applies in the ei package. Hand
 * written because the engine needs only a few unconstrained dimensions and no npm package
 * gives a maintained, dependency-free BFGS. Assumptions: f smooth near the optimum; NaN
 * values are treated as +∞ (the line search backs off). Convergence: relative change of f
 * below reltol, or gradient max-norm below gtol. Cost: per iteration 2·dim + a few
 * evaluations of f and O(dim²) algebra.
 */
export function minimiseBfgs(
  f: Objective,
  x0: readonly number[],
  options: { maxIterations?: number; reltol?: number; gtol?: number } = {},
): BfgsResult {
  const maxIterations = options.maxIterations ?? 200;
  const reltol = options.reltol ?? 1e-10;
  const gtol = options.gtol ?? 1e-6;
  const n = x0.length;
  const identity = (): number[][] =>
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let x = [...x0];
  let fx = finiteOr(f(x));
  if (!Number.isFinite(fx)) throw new Error("BFGS: the objective is not finite at the starting point");
  let g = numericGradient(f, x);
  let hinv = identity();
  let first = true;
  for (let iter = 1; iter <= maxIterations; iter++) {
    let d = hinv.map((row) => -row.reduce((s, v, j) => s + v * g[j], 0));
    let slope = d.reduce((s, v, i) => s + v * g[i], 0);
    if (!(slope < 0)) {
      hinv = identity();
      d = g.map((v) => -v);
      slope = -g.reduce((s, v) => s + v * v, 0);
    }
    let step = first ? Math.min(1, 1 / Math.max(...d.map(Math.abs))) : 1;
    let xn = x;
    let fn = fx;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      xn = x.map((v, i) => v + step * d[i]);
      fn = finiteOr(f(xn));
      if (fn <= fx + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return { x, value: fx, iterations: iter, converged: Math.max(...g.map(Math.abs)) < 1e-3 };
    const gn = numericGradient(f, xn);
    const s = xn.map((v, i) => v - x[i]);
    const y = gn.map((v, i) => v - g[i]);
    const sy = s.reduce((acc, v, i) => acc + v * y[i], 0);
    if (sy > 1e-12) {
      if (first) {
        const yy = y.reduce((acc, v) => acc + v * v, 0);
        hinv = identity().map((row) => row.map((v) => (v * sy) / yy));
        first = false;
      }
      const rho = 1 / sy;
      const hy = hinv.map((row) => row.reduce((acc, v, j) => acc + v * y[j], 0));
      const yhy = y.reduce((acc, v, i) => acc + v * hy[i], 0);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          hinv[i][j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
        }
      }
    }
    const done =
      Math.abs(fx - fn) <= reltol * (Math.abs(fx) + reltol) || Math.max(...gn.map(Math.abs)) < gtol;
    x = xn;
    fx = fn;
    g = gn;
    if (done) return { x, value: fx, iterations: iter, converged: true };
  }
  return { x, value: fx, iterations: maxIterations, converged: false };
}

/**
 * Hessian of f at x by central second differences of f (step h = 1e-3·(1 + |x_i|) on the
 * diagonal, the four-point formula off it), as R's `optimHess` approximates it.
 * Cost: 2·dim² + 1 evaluations.
 */
export function numericHessian(f: Objective, x: readonly number[]): number[][] {
  const n = x.length;
  const h = x.map((v) => 1e-3 * (1 + Math.abs(v)));
  const at = (di: number, si: number, dj: number, sj: number) => {
    const p = [...x];
    p[di] += si * h[di];
    p[dj] += sj * h[dj];
    return f(p);
  };
  const f0 = f(x);
  const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    hess[i][i] = (at(i, 1, i, 1) - 2 * f0 + at(i, -1, i, -1)) / (4 * h[i] * h[i]);
    for (let j = 0; j < i; j++) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i] * h[j]);
      hess[i][j] = v;
      hess[j][i] = v;
    }
  }
  return hess;
}
