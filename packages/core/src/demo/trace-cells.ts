/**
 * Outline of a set of grid cells as polygons: boundary edges are oriented with the set on
 * their left and chained into rings, turning as far left as possible where two cells touch
 * only by a corner (so rings stay simple); collinear points are dropped. Counter-clockwise
 * rings are outers, clockwise ones holes (RFC 7946 orientation). Cost O(cells).
 */
export type Ring = [number, number][];
/** A polygon as rings of grid vertices (gx, gy): outer first, then holes. */
export type GridPolygon = Ring[];

const DIRS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

export function traceCells(cells: readonly { gx: number; gy: number }[]): GridPolygon[] {
  const key = (x: number, y: number) => `${x},${y}`;
  const inSet = new Set(cells.map((c) => key(c.gx, c.gy)));
  // Outgoing edges per vertex: direction index (0 east, 1 north, 2 west, 3 south).
  const out = new Map<string, number[]>();
  const addEdge = (x: number, y: number, dir: number) => {
    const k = key(x, y);
    const list = out.get(k);
    if (list) list.push(dir);
    else out.set(k, [dir]);
  };
  for (const c of cells) {
    const { gx: x, gy: y } = c;
    if (!inSet.has(key(x, y - 1))) addEdge(x, y, 0);
    if (!inSet.has(key(x + 1, y))) addEdge(x + 1, y, 1);
    if (!inSet.has(key(x, y + 1))) addEdge(x + 1, y + 1, 2);
    if (!inSet.has(key(x - 1, y))) addEdge(x, y + 1, 3);
  }
  const rings: Ring[] = [];
  const starts = [...out.keys()].sort();
  for (const startKey of starts) {
    while ((out.get(startKey)?.length ?? 0) > 0) {
      const [sx, sy] = startKey.split(",").map(Number);
      let x = sx;
      let y = sy;
      let dir = (out.get(startKey) as number[]).pop() as number;
      const ring: Ring = [[x, y]];
      for (;;) {
        x += DIRS[dir][0];
        y += DIRS[dir][1];
        if (x === sx && y === sy) break;
        const options = out.get(key(x, y)) ?? [];
        if (options.length === 0) throw new Error(`open boundary at ${x},${y}`);
        // Prefer left turn, then straight, then right.
        let pickIdx = 0;
        let bestRank = 9;
        for (let i = 0; i < options.length; i++) {
          const rank = [1, 0, 3, 2].indexOf(((options[i] - dir + 4) % 4) as 0 | 1 | 2 | 3);
          if (rank < bestRank) {
            bestRank = rank;
            pickIdx = i;
          }
        }
        const next = options.splice(pickIdx, 1)[0];
        if (next !== dir) ring.push([x, y]);
        dir = next;
      }
      rings.push(simplify(ring));
    }
  }
  const outers = rings.filter((r) => signedArea(r) > 0);
  const holes = rings.filter((r) => signedArea(r) < 0);
  const polygons: GridPolygon[] = outers.map((r) => [r]);
  for (const hole of holes) {
    const host = polygons.find(
      (p) =>
        containsPoint(p[0], hole[0][0] + 0.5, hole[0][1] + 0.5) ||
        containsPoint(p[0], hole[0][0] - 0.5, hole[0][1] - 0.5),
    );
    (host ?? polygons[0]).push(hole);
  }
  return polygons;
}

function simplify(ring: Ring): Ring {
  const n = ring.length;
  const kept: Ring = [];
  for (let i = 0; i < n; i++) {
    const [px, py] = ring[(i - 1 + n) % n];
    const [cx, cy] = ring[i];
    const [nx, ny] = ring[(i + 1) % n];
    if ((cx - px) * (ny - cy) - (cy - py) * (nx - cx) !== 0) kept.push([cx, cy]);
  }
  return kept;
}

export function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

function containsPoint(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
