/** A programme point and its relevance (0 none … 3 strong) to each voter group key. */
export interface ProgrammePoint {
  id: string;
  label: string;
  relevance: Record<string, number>;
}

/** A programme point with its reach in one bureau, as {@link rankMessages} returns them. */
export interface MessageChoice {
  pointId: string;
  label: string;
  /** Σ_g relevance(point, g) × weight(g, bureau): the reach of the point in the bureau. */
  reach: number;
}

/**
 * The message matrix's reading for one bureau: each programme point's reach is the sum
 * over voter groups of its relevance to the group times the group's weight in the bureau
 * (its share of the bureau's population, within its dimension), and points are ordered
 * by reach, best first. A weighted-sum (additive value) model, as in multi-criteria
 * scoring (Keeney & Raiffa 1976); assumptions: relevances are comparable across groups
 * and additive. Cost: O(points × groups).
 */
export function rankMessages(
  points: readonly ProgrammePoint[],
  groupWeights: Readonly<Record<string, number>>,
): MessageChoice[] {
  return points
    .map((p) => ({
      pointId: p.id,
      label: p.label,
      reach: Object.entries(p.relevance).reduce((s, [g, r]) => s + r * (groupWeights[g] ?? 0), 0),
    }))
    .sort((a, b) => b.reach - a.reach);
}
