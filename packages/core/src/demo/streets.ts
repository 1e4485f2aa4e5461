import type { Grid } from "./grid.ts";
import { CELL_METRES } from "./options.ts";
import { intBetween, type Rng } from "./random.ts";
import { STREET_NAMES, STREET_TYPES_LONG, STREET_TYPES_MID, STREET_TYPES_SHORT } from "./street-names.ts";

/** A named street: a straight run of block edges along one grid line. */
export interface Street {
  id: number;
  name: string;
  /** "h": runs west → east along y = line; "v": runs south → north along x = line. */
  axis: "h" | "v";
  /** Grid line index (0 … height for "h", 0 … width for "v"). */
  line: number;
  /** First and last+1 edge indices along the line. */
  from: number;
  to: number;
}

export interface StreetNetwork {
  streets: Street[];
  /** Street id of horizontal edge (gx, line), index line * width + gx; -1 when none. */
  horizontal: Int32Array;
  /** Street id of vertical edge (line, gy), index line * height + gy; -1 when none. */
  vertical: Int32Array;
}

/**
 * Names the edges between blocks: each grid line is cut where it leaves the commune and
 * then into streets of 3 to 9 blocks, each with a unique French name whose type follows
 * its length (avenues long, impasses short).
 */
export function buildStreets(rng: Rng, grid: Grid): StreetNetwork {
  const { width, height, cells } = grid;
  const has = (gx: number, gy: number) =>
    gx >= 0 && gy >= 0 && gx < width && gy < height && cells[gy * width + gx] !== undefined;
  const horizontal = new Int32Array((height + 1) * width).fill(-1);
  const vertical = new Int32Array((width + 1) * height).fill(-1);
  const streets: Street[] = [];
  const used = new Set<string>();
  const nameStreet = (length: number): string => {
    const types = length >= 8 ? STREET_TYPES_LONG : length <= 3 ? STREET_TYPES_SHORT : STREET_TYPES_MID;
    for (let attempt = 0; ; attempt++) {
      const type = types[Math.floor(rng.uniform() * types.length)];
      const base = STREET_NAMES[Math.floor(rng.uniform() * STREET_NAMES.length)];
      const name = attempt < 200 ? `${type} ${base}` : `${type} ${base} ${attempt - 198}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const addRuns = (
    axis: "h" | "v",
    lines: number,
    span: number,
    edgeExists: (line: number, k: number) => boolean,
  ) => {
    for (let line = 0; line <= lines; line++) {
      let k = 0;
      while (k < span) {
        if (!edgeExists(line, k)) {
          k++;
          continue;
        }
        let end = k;
        while (end < span && edgeExists(line, end)) end++;
        let start = k;
        while (start < end) {
          const len = Math.min(end - start, intBetween(rng, 3, 9));
          const to = end - (start + len) < 2 ? end : start + len;
          const street: Street = {
            id: streets.length,
            name: nameStreet(to - start),
            axis,
            line,
            from: start,
            to,
          };
          streets.push(street);
          for (let e = start; e < to; e++) {
            if (axis === "h") horizontal[line * width + e] = street.id;
            else vertical[line * height + e] = street.id;
          }
          start = to;
        }
        k = end;
      }
    }
  };
  addRuns("h", height, width, (line, gx) => has(gx, line - 1) || has(gx, line));
  addRuns("v", width, height, (line, gy) => has(line - 1, gy) || has(line, gy));
  return { streets, horizontal, vertical };
}

/** Distance in metres from the start of a street to a point at local coordinate `along`. */
export function distanceAlong(street: Street, along: number, origin: number): number {
  return along - (origin + street.from * CELL_METRES);
}
