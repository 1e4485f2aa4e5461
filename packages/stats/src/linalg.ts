/**
 * Small dense linear algebra for the engine's normal equations and Hessians (dimension
 * up to a few dozen): Cholesky factorisation, solves, inverse and a matrix–vector product.
 * Matrices are arrays of rows.
 */

/** A dense matrix as an array of rows. */
export type Matrix = number[][];

/**
 * Cholesky factor L (lower triangular, A = L Lᵀ) of a symmetric positive-definite matrix.
 * Method: the Cholesky–Banachiewicz row algorithm (Golub & Van Loan, Matrix Computations,
 * §4.2). Assumption: A symmetric positive definite; returns null when a pivot is not
 * positive (A singular or indefinite to working precision). Cost: O(n³/3).
 */
export function cholesky(a: Matrix): Matrix | null {
  const n = a.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        const scale = Math.abs(a[i][i]) || 1;
        if (!(s > 1e-13 * scale)) return null;
        l[i][i] = Math.sqrt(s);
      } else {
        l[i][j] = s / l[j][j];
      }
    }
  }
  return l;
}

/**
 * Solves L Lᵀ x = b given the Cholesky factor L, by forward then back substitution
 * (Golub & Van Loan §3.1). Cost: O(n²).
 */
export function choleskySolve(l: Matrix, b: ArrayLike<number>): number[] {
  const n = l.length;
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

/**
 * Inverse of a symmetric positive-definite matrix through its Cholesky factor, solving
 * for each column of the identity. Returns null when A is not positive definite.
 * Cost: O(n³).
 */
export function spdInverse(a: Matrix): Matrix | null {
  const l = cholesky(a);
  if (!l) return null;
  const n = a.length;
  const cols = Array.from({ length: n }, (_, j) => {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    return choleskySolve(l, e);
  });
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (cols[j][i] + cols[i][j]) / 2),
  );
}

/** Matrix–vector product A x. Cost: O(n m). */
export function matVec(a: Matrix, x: ArrayLike<number>): number[] {
  return a.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j] * x[j];
    return s;
  });
}

/** Log-determinant of an SPD matrix from its Cholesky factor: 2 Σ log L_ii. Cost: O(n). */
export function choleskyLogDet(l: Matrix): number {
  let s = 0;
  for (let i = 0; i < l.length; i++) s += Math.log(l[i][i]);
  return 2 * s;
}
