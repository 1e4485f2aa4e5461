/** A weighted point for {@link bisectWeighted}. `rank` breaks ties (a stable order by id). */
export interface WeightedPoint {
  x: number;
  y: number;
  weight: number;
  rank: number;
}

/**
 * Weighted recursive coordinate bisection (Berger & Bokhari 1987, "A partitioning strategy
 * for nonuniform problems on multiprocessors"; the recursive coordinate bisection of graph
 * partitioning, Simon 1991). Points are sorted along the longer side of their bounding box
 * (ties by rank), and cut where the prefix weight comes closest to W·k₁/k, with k₁ = ⌊k/2⌋
 * parts on the first side and k − k₁ on the second: each side's number of parts is then
 * proportional to its weight, which a plain weighted-median cut only achieves for even k.
 * Recursion stops at one part. Assumptions: weights ≥ 0; points indivisible (the error of
 * one cut is at most half the weight of the point it falls on). Deterministic: the same
 * points in any order give the same parts. Cost: O(n log n log k).
 */
export function bisectWeighted<T extends WeightedPoint>(points: readonly T[], k: number): T[][] {
  const out: T[][] = [];
  const rec = (items: T[], parts: number): void => {
    if (items.length === 0) return;
    if (parts <= 1 || items.length === 1) {
      out.push(items);
      return;
    }
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    let total = 0;
    for (const p of items) {
      if (p.x < minX) minX = p.x;
      if (p.x > maxX) maxX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.y > maxY) maxY = p.y;
      total += p.weight;
    }
    const alongX = maxX - minX >= maxY - minY;
    const sorted = [...items].sort((a, b) => (alongX ? a.x - b.x : a.y - b.y) || a.rank - b.rank);
    const k1 = Math.floor(parts / 2);
    const goal = (total * k1) / parts;
    let prefix = 0;
    let cut = 1;
    let best = Infinity;
    for (let i = 0; i < sorted.length - 1; i++) {
      prefix += sorted[i].weight;
      const gap = Math.abs(prefix - goal);
      if (gap < best) {
        best = gap;
        cut = i + 1;
      }
      if (prefix > goal) break;
    }
    const left = sorted.slice(0, cut);
    const right = sorted.slice(cut);
    rec(left, Math.min(k1, left.length));
    rec(right, Math.min(parts - k1, right.length));
  };
  rec([...points], k);
  return out;
}
