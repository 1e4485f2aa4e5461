/**
 * HETe for a global lphom solution: equation (11) of Romero, Pavía, Martín & Romero
 * (2020, J. Applied Statistics 47:2711), HETe = 100 · Σ_i Σ_k |y_ik − Σ_j x_ij p_jk| / Σ x,
 * the percentage of the electorate whose unit results the homogeneous matrix p misses.
 * Assumes the scenario-prepared tables (origin total = destination total). Cost: O(I·J·K).
 */
export function heteGlobal(
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  p: readonly (readonly number[])[],
): number {
  let dev = 0;
  let total = 0;
  const J = p.length;
  const K = J > 0 ? p[0].length : 0;
  for (let i = 0; i < x.length; i++) {
    for (let k = 0; k < K; k++) {
      let fit = 0;
      for (let j = 0; j < J; j++) fit += x[i][j] * p[j][k];
      dev += Math.abs(y[i][k] - fit);
    }
    for (let j = 0; j < J; j++) total += x[i][j];
  }
  return total > 0 ? (100 * dev) / total : 0;
}

export interface UnitHete {
  /** HET, percentage of votes to move for every unit to follow the global matrix. */
  het: number;
  /** J×K aggregate transfer counts Σ_i V_i. */
  votes: number[][];
  /** J×K row-standardised aggregate matrix (rows without votes: 1/K). */
  prop: number[][];
}

/**
 * HET of a set of unit transfer tables, equation (10) of Romero et al. (2020), used as
 * HETe by tslphom and nslphom (Pavía & Romero 2024, Sociological Methods & Research
 * 53:1491, eq. 15): 100 · ½ Σ_i Σ_jk |x_ij P_jk − V_ijk| / Σ V, with P the
 * row-standardised sum of the unit tables V_i and x_ij their row totals. Cost: O(I·J·K).
 */
export function heteUnits(units: readonly (readonly (readonly number[])[])[]): UnitHete {
  const J = units.length > 0 ? units[0].length : 0;
  const K = J > 0 ? units[0][0].length : 0;
  const votes = Array.from({ length: J }, () => new Array<number>(K).fill(0));
  for (const v of units) for (let j = 0; j < J; j++) for (let k = 0; k < K; k++) votes[j][k] += v[j][k];
  const prop = votes.map((row) => {
    const s = row.reduce((a, b) => a + b, 0);
    return s > 0 ? row.map((a) => a / s) : row.map(() => 1 / K);
  });
  let dev = 0;
  let total = 0;
  for (const v of units) {
    for (let j = 0; j < J; j++) {
      const xj = v[j].reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) dev += Math.abs(xj * prop[j][k] - v[j][k]);
      total += xj;
    }
  }
  return { het: total > 0 ? (50 * dev) / total : 0, votes, prop };
}
