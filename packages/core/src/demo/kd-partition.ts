import type { Cell } from "./grid.ts";

/**
 * Splits blocks into `parts` regions of nearly equal weight by recursive bisection (a k-d
 * split): each cut runs across the longer side of the region, in block order along that
 * axis, and stops at the block where the running weight reaches its share, so the cut is
 * a grid line with at most one step. Regions come out in spatial order, like the
 * numbering of real bureaux. Cost O(n log n · log parts).
 */
export function kdPartition(cells: readonly Cell[], weight: (cell: Cell) => number, parts: number): Cell[][] {
  if (parts <= 1 || cells.length <= 1) return [cells.slice()];
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    minX = Math.min(minX, c.gx);
    maxX = Math.max(maxX, c.gx);
    minY = Math.min(minY, c.gy);
    maxY = Math.max(maxY, c.gy);
  }
  const alongX = maxX - minX >= maxY - minY;
  const sorted = cells
    .slice()
    .sort((a, b) => (alongX ? a.gx - b.gx || a.gy - b.gy : a.gy - b.gy || a.gx - b.gx));
  const leftParts = Math.floor(parts / 2);
  let total = 0;
  for (const c of sorted) total += weight(c);
  const target = (total * leftParts) / parts;
  let running = 0;
  let cut = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < sorted.length - 1; i++) {
    running += weight(sorted[i]);
    const gap = Math.abs(running - target);
    if (gap < bestGap) {
      bestGap = gap;
      cut = i + 1;
    }
  }
  if (cut === 0) cut = 1;
  return [
    ...kdPartition(sorted.slice(0, cut), weight, leftParts),
    ...kdPartition(sorted.slice(cut), weight, parts - leftParts),
  ];
}
