/**
 * Synthetic, seeded street layouts for the turf cutter's tests and benchmark: a grid of
 * streets, houses and small collective buildings along the east-west streets (odd numbers on
 * the north side, even on the south), a few large collective buildings (several entrances,
 * many floors, most with a lift) on the north-south streets, and bureaux as rectangles of the
 * grid. Not exported from the package.
 */
import { createRng } from "./rng.ts";
import type { TurfBuilding, TurfEntrance } from "./turf-types.ts";

export interface LayoutSpec {
  seed: number;
  /** East-west streets (with houses) and north-south streets (with the large buildings). */
  rows: number;
  cols: number;
  /** Bureaux as a bx × by grid of rectangles. */
  bx: number;
  by: number;
  /** Large collective buildings. */
  towers: number;
  /** Metres between cross streets (default 120) and between house fronts (default 14). */
  blockM?: number;
  frontM?: number;
}

const LON0 = 2.35;
const LAT0 = 48.85;
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);

function entrances(
  id: string,
  count: number,
  floors: number,
  perFloor: () => number,
  names: readonly string[],
): TurfEntrance[] {
  return Array.from({ length: count }, (_, e) => ({
    entrance: count > 1 ? names[e] : "",
    floors: Array.from({ length: floors }, (_, f) => ({
      floor: f,
      doors: Array.from({ length: perFloor() }, (_, d) => ({
        id: `${id}-${e}-${f}-${d}`,
        door: String(d + 1),
        electors: 1 + ((e + f + d) % 3),
      })),
    })),
  }));
}

/** A seeded layout (see the module comment). Cost: O(doors). */
export function makeLayout(spec: LayoutSpec): TurfBuilding[] {
  const rng = createRng(spec.seed);
  const block = spec.blockM ?? 120;
  const front = spec.frontM ?? 14;
  const width = spec.cols * block;
  const height = spec.rows * block;
  const bureau = (x: number, y: number) => {
    const i = Math.min(spec.bx - 1, Math.floor((x / width) * spec.bx));
    const j = Math.min(spec.by - 1, Math.floor((y / height) * spec.by));
    return `BV${String(j * spec.bx + i + 1).padStart(3, "0")}`;
  };
  const out: TurfBuilding[] = [];
  const place = (
    streetKey: string,
    number: string,
    x: number,
    y: number,
    lift: boolean,
    ents: (id: string) => TurfEntrance[],
  ) => {
    const id = `b${out.length + 1}`;
    out.push({
      id,
      bureau: bureau(x, y),
      streetKey,
      number,
      lift,
      lon: LON0 + x / M_PER_DEG_LON,
      lat: LAT0 + y / M_PER_DEG_LAT,
      entrances: ents(id),
    });
  };
  const names = ["A", "B", "C", "D"];
  for (let r = 0; r < spec.rows; r++) {
    const y = (r + 0.5) * block;
    const street = `rue-${r + 1}`;
    for (const side of [1, 0]) {
      let n = side ? -1 : 0;
      for (let x = front / 2; x < width; x += front) {
        n += 2;
        const u = rng.uniform();
        const lift = rng.uniform() < 0.3;
        const yy = y + (side ? 6 : -6);
        if (u < 0.75) {
          const floors = 1 + Math.floor(rng.uniform() * 2);
          place(street, String(n), x, yy, false, (id) => entrances(id, 1, floors, () => 1, names));
        } else {
          const floors = 2 + Math.floor(rng.uniform() * 4);
          place(street, String(n), x, yy, lift, (id) =>
            entrances(id, 1, floors, () => 2 + Math.floor(rng.uniform() * 3), names),
          );
        }
      }
    }
  }
  for (let t = 0; t < spec.towers; t++) {
    const c = Math.floor(rng.uniform() * spec.cols);
    const y = rng.uniform() * height;
    const count = 2 + Math.floor(rng.uniform() * 3);
    const floors = 8 + Math.floor(rng.uniform() * 5);
    const perFloor = 4 + Math.floor(rng.uniform() * 5);
    place(`avenue-${c + 1}`, String(2 * t + 1), c * block, y, rng.uniform() < 0.8, (id) =>
      entrances(id, count, floors, () => perFloor, names),
    );
  }
  return out;
}

/** All door ids of a layout. */
export function allDoorIds(buildings: readonly TurfBuilding[]): string[] {
  return buildings.flatMap((b) =>
    b.entrances.flatMap((e) => e.floors.flatMap((f) => f.doors.map((d) => d.id))),
  );
}

/** A seeded Fisher–Yates shuffle (returns a copy). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
