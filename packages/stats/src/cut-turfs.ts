import { bisectWeighted } from "./turf-bisect.ts";
import { compareIds, projectMeters } from "./turf-geometry.ts";
import { countSplitStreets, moveStreetRuns, type StreetUnit } from "./turf-street-runs.ts";
import {
  type CutTurfsOptions,
  TURF_DEFAULTS,
  type Turf,
  type TurfBuilding,
  type TurfCut,
} from "./turf-types.ts";
import type { UnitDoor } from "./turf-units.ts";
import { type BuildingPiece, orderPieces } from "./turf-walk-order.ts";
import { turfCount, type WeighedUnit, weighUnits } from "./turf-weigh.ts";

/**
 * Cuts turfs (the doors a canvassing pair covers in one session) in the given buildings of
 * one or more bureaux, and orders each turf's walk.
 *
 * Method: (1) buildings become units — a building above unitShare × target (default a third)
 * splits by entrance, then by groups of floors ({@link splitBuilding}), so that turfs can be
 * balanced; (2) per bureau (a hard boundary: no turf spans two bureaux), k turfs with k the
 * count closest to weight ÷ target, cut by weighted recursive coordinate bisection
 * ({@link bisectWeighted}, Berger & Bokhari 1987) on local metric coordinates; (3) the street-run
 * pass ({@link moveStreetRuns}) moves whole runs of a street between neighbouring turfs when that
 * splits fewer streets without breaking balance (in minutes mode within 0.8 × the tolerance, a
 * margin for the a-priori walk share of {@link weighUnits}); (4) each turf is walked in order
 * ({@link orderPieces}: nearest neighbour + 2-opt over streets, odd up / even down, floors).
 * Target: doors per turf, or minutes per session (walking at speedKmh on straight or manhattan
 * distance × detour, plus minutesPerDoor and minutesPerFloor climbed without a lift).
 * Assumptions: coordinates present; no road graph. Deterministic: stable orders by id, no
 * randomness; the input order does not matter. Balance is reported, not guaranteed: a bureau
 * smaller than the target, or units coarser than the tolerance, can leave a turf outside it.
 * Cost: O(n log n log k) for the bisection, plus O(s³) per turf of s streets for the 2-opt.
 */
export function cutTurfs(
  buildings: readonly TurfBuilding[],
  options: CutTurfsOptions & { streetPass?: boolean },
): TurfCut {
  const tolerance = options.tolerance ?? TURF_DEFAULTS.tolerance;
  const { units, target } = weighUnits(buildings, options);
  if (!(target > 0)) throw new RangeError("cutTurfs: the target must be positive");
  const refLat = units.length ? units.reduce((s, u) => s + u.building.lat, 0) / units.length : 0;
  const byBureau = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = byBureau.get(u.building.bureau);
    if (list) list.push(i);
    else byBureau.set(u.building.bureau, [i]);
  });
  const turfOf = new Int32Array(units.length);
  const turfBureau: string[] = [];
  for (const bureau of [...byBureau.keys()].sort(compareIds)) {
    const idx = byBureau.get(bureau) ?? [];
    const points = idx.map((i) => ({
      ...projectMeters(units[i].building, refLat),
      weight: units[i].weight,
      rank: i,
    }));
    const total = points.reduce((s, p) => s + p.weight, 0);
    for (const part of bisectWeighted(points, turfCount(total, target))) {
      for (const p of part) turfOf[p.rank] = turfBureau.length;
      turfBureau.push(bureau);
    }
  }
  const turfWeight = new Float64Array(turfBureau.length);
  units.forEach((u, i) => {
    turfWeight[turfOf[i]] += u.weight;
  });
  const streetUnits: StreetUnit[] = units.map((u) => ({
    street: `${u.building.bureau}\u0001${u.building.streetKey}`,
    order: u.streetRank,
    weight: u.weight,
    movable: u.whole,
  }));
  // In minutes mode the weights are a-priori (the route does not exist yet): the pass keeps a
  // margin, so that the route-based minutes stay within the tolerance.
  const minutesMode = "minutes" in options.target;
  const passTolerance = minutesMode ? 0.8 * tolerance : tolerance;
  if (options.streetPass !== false) moveStreetRuns(streetUnits, turfOf, turfWeight, target, passTolerance);
  const turfs = buildTurfs(units, turfOf, turfBureau, options);
  const ratios = turfs.map((t) => (minutesMode ? t.minutes : t.doors) / target);
  const unbalanced = turfs.filter(
    (t, i) => Math.abs(ratios[i] - 1) > tolerance + 1e-9 && t.buildings > 1,
  ).length;
  return {
    turfs,
    summary: {
      turfs: turfs.length,
      doors: turfs.reduce((s, t) => s + t.doors, 0),
      minRatio: ratios.length ? Math.min(...ratios) : 0,
      maxRatio: ratios.length ? Math.max(...ratios) : 0,
      unbalanced,
      ...countSplitStreets(streetUnits, turfOf),
    },
  };
}

/** Gathers each turf's units into building pieces, orders its walk and sums its figures. */
function buildTurfs(
  units: readonly WeighedUnit[],
  turfOf: Int32Array,
  turfBureau: readonly string[],
  options: CutTurfsOptions,
): Turf[] {
  const members: number[][] = turfBureau.map(() => []);
  units.forEach((_, i) => {
    members[turfOf[i]].push(i);
  });
  const rankInBureau = new Map<string, number>();
  const turfs: Turf[] = [];
  members.forEach((list, t) => {
    if (list.length === 0) return;
    const pieces = new Map<string, { building: TurfBuilding; doors: UnitDoor[] }>();
    for (const i of list) {
      const u = units[i];
      const piece = pieces.get(u.building.id);
      if (piece) piece.doors.push(...u.doors);
      else pieces.set(u.building.id, { building: u.building, doors: [...u.doors] });
    }
    const walked = orderPieces([...pieces.values()] as BuildingPiece[], options);
    const bureau = turfBureau[t];
    const n = (rankInBureau.get(bureau) ?? 0) + 1;
    rankInBureau.set(bureau, n);
    turfs.push({
      id: `${bureau}-${n}`,
      bureau,
      doors: walked.walk.length,
      electors: list.reduce((s, i) => s + units[i].doors.reduce((e, d) => e + d.electors, 0), 0),
      buildings: pieces.size,
      minutes: walked.minutes,
      streets: walked.streets,
      routeMeters: walked.routeMeters,
      walk: walked.walk,
    });
  });
  return turfs;
}
