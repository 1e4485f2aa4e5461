import type { Cell, Grid } from "./grid.ts";
import { kdPartition } from "./kd-partition.ts";
import { DEMO_TERRITORY } from "./options.ts";
import { type GridPolygon, traceCells } from "./trace-cells.ts";

/** A bureau de vote or an IRIS: a set of blocks and its outline. */
export interface Region {
  /** "29999_0001" for a bureau, "299990101" for an IRIS. */
  code: string;
  /** "0001" for a bureau, "0101" for an IRIS. */
  number: string;
  name: string;
  cells: Cell[];
  polygons: GridPolygon[];
}

const QUARTER_NAMES = [
  "Kerlann",
  "Penhoat",
  "Ty Nevez",
  "Le Bourg",
  "Kermoysan",
  "Le Moulin",
  "La Gare",
  "Kervéguen",
  "Lestrémeur",
  "Poulguinan",
  "Menez Bras",
  "Coat Ar Guéven",
  "Kerhuel",
  "Prat Ar Rouz",
  "Le Stang",
  "Kergoat",
  "Keriolet",
  "Kerbrat",
  "Lanniron",
  "Kerouant",
  "Penn Ar Créac'h",
  "Kerédern",
  "Kerangoff",
  "Bellevue",
  "Saint-Marc",
  "Kerinou",
  "Kerigonan",
  "Le Vallon",
  "Les Prairies",
  "Kernévez",
];
const STATIONS = [
  "Mairie",
  "École Jules Ferry",
  "École Jean Jaurès",
  "Groupe scolaire Kerlann",
  "Salle polyvalente",
  "Maison de quartier Penhoat",
  "École Diwan",
  "Gymnase du Stang",
  "Centre social Ty Nevez",
  "École Paul Éluard",
  "Salle des fêtes",
  "Médiathèque",
  "Maison pour tous",
  "École Louise Michel",
];

/** Cuts the commune into `count` bureaux of nearly equal registered voters. */
export function buildBureaux(grid: Grid, votersOfCell: Float64Array, count: number): Region[] {
  const parts = kdPartition(grid.inside, (c) => votersOfCell[c.index], count);
  return parts.map((cells, i) => {
    const number = String(i + 1).padStart(4, "0");
    const station = STATIONS[i % STATIONS.length];
    return {
      code: `${DEMO_TERRITORY}_${number}`,
      number,
      name: i < STATIONS.length ? station : `${station} ${Math.floor(i / STATIONS.length) + 1}`,
      cells,
      polygons: traceCells(cells),
    };
  });
}

/**
 * Cuts the commune into IRIS of about 2,500 inhabitants (INSEE's habitat IRIS hold 1,800
 * to 5,000), on population, so their borders cross those of the bureaux as in real life.
 * IRIS codes are the commune code and 4 digits, the first two naming the grand quartier.
 */
export function buildIris(grid: Grid, populationOfCell: Float64Array): Region[] {
  let total = 0;
  for (const c of grid.inside) total += populationOfCell[c.index];
  const count = Math.max(2, Math.round(total / 2500));
  const parts = kdPartition(grid.inside, (c) => populationOfCell[c.index], count);
  return parts.map((cells, i) => {
    const number = `${String(Math.floor(i / 4) + 1).padStart(2, "0")}${String((i % 4) + 1).padStart(2, "0")}`;
    const base = QUARTER_NAMES[i % QUARTER_NAMES.length];
    return {
      code: `${DEMO_TERRITORY}${number}`,
      number,
      name: i < QUARTER_NAMES.length ? base : `${base} ${Math.floor(i / QUARTER_NAMES.length) + 1}`,
      cells,
      polygons: traceCells(cells),
    };
  });
}

/** Region index of every cell (by cell index). */
export function regionOfCells(grid: Grid, regions: readonly Region[]): Int32Array {
  const out = new Int32Array(grid.width * grid.height).fill(-1);
  regions.forEach((r, i) => {
    for (const c of r.cells) out[c.index] = i;
  });
  return out;
}
