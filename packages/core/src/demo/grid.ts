import { CELL_METRES } from "./options.ts";
import type { Rng } from "./random.ts";

/** Kind of neighbourhood of a block: drives buildings, households and local politics. */
export type Quarter = "centre" | "hlm" | "pavillonnaire" | "aise" | "etudiant" | "vide";

export interface Cell {
  index: number;
  gx: number;
  gy: number;
  /** Local coordinates of the south-west corner, metres east and north of the centre. */
  x0: number;
  y0: number;
  quarter: Quarter;
  /** Index of the district (a small area sharing a political and turnout effect). */
  district: number;
  /** Distance to the centre over the commune radius in that direction (0 … 1). */
  radial: number;
}

export interface Grid {
  width: number;
  height: number;
  /** Cells of the commune only, by index gy * width + gx (others are undefined). */
  cells: (Cell | undefined)[];
  inside: Cell[];
  districtCount: number;
}

/**
 * Lays out the commune as a star-shaped set of 100 m blocks around the centre, with a
 * dense historic centre, social-housing estates, a campus, an affluent sector, suburbs of
 * houses and a few empty blocks (parks, activity zones).
 */
export function buildGrid(rng: Rng, radiusMetres: number): Grid {
  const half = Math.ceil((radiusMetres * 1.35) / CELL_METRES);
  const width = 2 * half;
  const height = 2 * half;
  const phase = [rng.uniform() * 6.283, rng.uniform() * 6.283, rng.uniform() * 6.283];
  const edge = (theta: number) =>
    radiusMetres *
    (1 +
      0.14 * Math.sin(2 * theta + phase[0]) +
      0.09 * Math.sin(3 * theta + phase[1]) +
      0.05 * Math.sin(5 * theta + phase[2]));
  const estates = Array.from({ length: 3 }, (_, k) => {
    const theta = phase[2] + (k * 2 * Math.PI) / 3 + rng.uniform() * 0.8;
    const r = radiusMetres * (0.45 + 0.25 * rng.uniform());
    return {
      x: r * Math.cos(theta),
      y: r * Math.sin(theta),
      radius: radiusMetres * (0.075 + 0.04 * rng.uniform()),
    };
  });
  const campusTheta = phase[1] + Math.PI / 3;
  const campus = {
    x: 0.55 * radiusMetres * Math.cos(campusTheta),
    y: 0.55 * radiusMetres * Math.sin(campusTheta),
    radius: 0.087 * radiusMetres,
  };
  const affluentTheta = phase[0] + Math.PI;

  const cells: (Cell | undefined)[] = new Array(width * height);
  const inside: Cell[] = [];
  for (let gy = 0; gy < height; gy++) {
    for (let gx = 0; gx < width; gx++) {
      const x0 = (gx - half) * CELL_METRES;
      const y0 = (gy - half) * CELL_METRES;
      const cx = x0 + CELL_METRES / 2;
      const cy = y0 + CELL_METRES / 2;
      const theta = Math.atan2(cy, cx);
      const radial = Math.hypot(cx, cy) / edge(theta);
      if (radial > 1) continue;
      const near = (p: { x: number; y: number; radius: number }) => Math.hypot(cx - p.x, cy - p.y) < p.radius;
      let quarter: Quarter;
      const angleGap = Math.abs(Math.atan2(Math.sin(theta - affluentTheta), Math.cos(theta - affluentTheta)));
      if (estates.some(near)) quarter = "hlm";
      else if (near(campus)) quarter = "etudiant";
      else if (radial < 0.26 + 0.06 * rng.uniform()) quarter = "centre";
      else if (rng.uniform() < 0.05 + (radial > 0.85 ? 0.25 : 0)) quarter = "vide";
      else if (angleGap < 0.6 && radial > 0.3) quarter = "aise";
      else quarter = "pavillonnaire";
      const cell: Cell = { index: gy * width + gx, gx, gy, x0, y0, quarter, district: 0, radial };
      cells[cell.index] = cell;
      inside.push(cell);
    }
  }
  const districtCount = Math.max(8, Math.round(inside.length / 90));
  const seeds = Array.from(
    { length: districtCount },
    () => inside[Math.floor(rng.uniform() * inside.length)],
  );
  for (const cell of inside) {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let k = 0; k < seeds.length; k++) {
      const d = (seeds[k].gx - cell.gx) ** 2 + (seeds[k].gy - cell.gy) ** 2;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    cell.district = best;
  }
  return { width, height, cells, inside, districtCount };
}
