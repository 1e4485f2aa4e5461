import { spearman } from "./rank-correlation.ts";

/** The outcome of {@link backtestScore}. */
export interface BacktestResult {
  /** Spearman ρ between the score and the observed progression of our side. */
  rho: number;
  /** Bureaux compared (present in the three elections). */
  bureaux: number;
  /** Per bureau: the score and the observed progression (change of our side's votes per inscrit). */
  points: { id: string; score: number; progression: number }[];
}

/**
 * Back-test of a priority score: Spearman's rank correlation (Spearman 1904) between the
 * score computed on an earlier pair of elections (A → B) and how much our side actually
 * progressed next (B → C), measured as the change of our side's votes per registered
 * voter, v_C / inscrits_C − v_B / inscrits_B, per bureau. Assumptions: the bureaux are the
 * same in B and C (matched by code; others are dropped). Cost: O(n log n).
 */
export function backtestScore(
  score: ReadonlyMap<string, number>,
  before: ReadonlyMap<string, { ours: number; inscrits: number }>,
  after: ReadonlyMap<string, { ours: number; inscrits: number }>,
): BacktestResult {
  const points: BacktestResult["points"] = [];
  for (const [id, s] of score) {
    const b = before.get(id);
    const a = after.get(id);
    if (!b || !a || b.inscrits <= 0 || a.inscrits <= 0) continue;
    points.push({ id, score: s, progression: a.ours / a.inscrits - b.ours / b.inscrits });
  }
  const rho = spearman(
    points.map((p) => p.score),
    points.map((p) => p.progression),
  );
  return { rho, bureaux: points.length, points };
}
