import { compareIds, compareNatural, walkDistance } from "./turf-geometry.ts";
import { streetSequence, streetStretches } from "./turf-street-walk.ts";
import { improveTwoOpt, nearestNeighbourTour, stepNode, type TourNode } from "./turf-tour.ts";
import {
  type LonLat,
  TURF_DEFAULTS,
  type TurfBuilding,
  type WalkSettings,
  type WalkStop,
} from "./turf-types.ts";
import { buildingDoors, type UnitDoor } from "./turf-units.ts";

/** Options of the walking order. */
export interface WalkOrderOptions extends WalkSettings {
  /** Where the walk starts (default: the street end farthest from the turf's centre). */
  start?: LonLat;
  /** 'loop': odd numbers up, then even numbers down; 'zigzag': crossing, all numbers up. */
  streetOrder?: "loop" | "zigzag";
  /** Walking metres between consecutive numbers beyond which a street splits into stretches (default 60). */
  stretchGapMeters?: number;
}

/** A turf's walk: doors in order, the route length and the time estimate. */
export interface TurfWalk {
  walk: WalkStop[];
  streets: string[];
  routeMeters: number;
  minutes: number;
}

/** A building and the doors of it that a turf holds. */
export interface BuildingPiece {
  building: TurfBuilding;
  doors: readonly UnitDoor[];
}

/** Doors of a building piece in walking order: entrances in order, floors top-down with a
 * lift (ride up, walk down) and bottom-up without, doors in natural order. */
function piecesDoors(p: BuildingPiece): UnitDoor[] {
  const down = p.building.lift === true;
  return [...p.doors].sort(
    (a, b) =>
      compareNatural(a.entrance, b.entrance) ||
      (down ? b.floor - a.floor : a.floor - b.floor) ||
      compareNatural(a.door, b.door) ||
      compareIds(a.id, b.id),
  );
}

/**
 * The walking order of a turf's doors (internal form of {@link orderTurfWalk}): street groups
 * ordered by a nearest-neighbour tour from the start improved by 2-opt on walking distance
 * ({@link improveTwoOpt}), each street walked by {@link streetSequence}, each building by entrance
 * and floor. Minutes = route / speed + doors × minutesPerDoor + floors climbed on foot ×
 * minutesPerFloor (the top floor of each entrance without a lift). Cost: O(d log d + s³) for
 * d doors and s streets.
 */
export function orderPieces(pieces: readonly BuildingPiece[], options: WalkOrderOptions = {}): TurfWalk {
  const dist = walkDistance(options);
  const mode = options.streetOrder ?? TURF_DEFAULTS.streetOrder;
  const byStreet = new Map<string, BuildingPiece[]>();
  for (const p of [...pieces].sort((a, b) => compareIds(a.building.id, b.building.id))) {
    const list = byStreet.get(p.building.streetKey);
    if (list) list.push(p);
    else byStreet.set(p.building.streetKey, [p]);
  }
  const gap = options.stretchGapMeters ?? 60;
  const keys: string[] = [];
  const groups: BuildingPiece[][] = [];
  for (const key of [...byStreet.keys()].sort(compareIds)) {
    for (const stretch of streetStretches(byStreet.get(key) ?? [], gap, dist)) {
      keys.push(key);
      groups.push(streetSequence(stretch, mode, dist));
    }
  }
  const nodes: TourNode[] = groups.map((g) => ({
    entry: g[0].building,
    exit: g[g.length - 1].building,
    reversible: true,
  }));
  const start = options.start ?? defaultStart(nodes);
  const order = improveTwoOpt(nodes, nearestNeighbourTour(nodes, start, dist), start, dist);
  const walk: WalkStop[] = [];
  let routeMeters = 0;
  let climbed = 0;
  let at: LonLat = start;
  for (const step of order) {
    const group = groups[stepNode(step)];
    for (const p of step < 0 ? [...group].reverse() : group) {
      const doors = piecesDoors(p);
      let leg = dist(at, p.building);
      routeMeters += leg;
      at = p.building;
      const top = new Map<string, number>();
      for (const d of doors) {
        walk.push({
          doorId: d.id,
          buildingId: p.building.id,
          entrance: d.entrance,
          floor: d.floor,
          legMeters: leg,
        });
        leg = 0;
        top.set(d.entrance, Math.max(top.get(d.entrance) ?? 0, d.floor));
      }
      if (!p.building.lift) for (const f of top.values()) climbed += Math.max(0, f);
    }
  }
  const speed = ((options.speedKmh ?? TURF_DEFAULTS.speedKmh) * 1000) / 60;
  const minutes =
    routeMeters / speed +
    walk.length * (options.minutesPerDoor ?? TURF_DEFAULTS.minutesPerDoor) +
    climbed * (options.minutesPerFloor ?? TURF_DEFAULTS.minutesPerFloor);
  return { walk, streets: [...new Set(order.map((s) => keys[stepNode(s)]))], routeMeters, minutes };
}

/** The street entry farthest from the centre of all entries (an end of the turf), ties to the first. */
function defaultStart(nodes: readonly TourNode[]): LonLat {
  if (nodes.length === 0) return { lon: 0, lat: 0 };
  const lon = nodes.reduce((s, n) => s + n.entry.lon, 0) / nodes.length;
  const lat = nodes.reduce((s, n) => s + n.entry.lat, 0) / nodes.length;
  let best = nodes[0].entry;
  let bestD = -1;
  for (const n of nodes) {
    const d = (n.entry.lon - lon) ** 2 + (n.entry.lat - lat) ** 2;
    if (d > bestD) {
      bestD = d;
      best = n.entry;
    }
  }
  return { lon: best.lon, lat: best.lat };
}

/**
 * Walking order within a turf: the doors of the given buildings (all of them, or only those in
 * `onlyDoors`) in the order a canvassing pair walks them, with the leg walked to each door.
 * Streets are ordered, each walked one way of its loop or the other (odd up then even down,
 * or its reverse: even up then odd down), by nearest neighbour from the start, improved by 2-opt (Croes 1958) on
 * walking distance (straight or manhattan × detour, or the caller's routing function); on a
 * street, odd numbers up then even numbers down (or the shorter loop, or zigzag: {@link streetSequence}); in a building, entrance by
 * entrance, floor by floor (top-down with a lift, bottom-up without). Assumptions: no road
 * graph; a street's two sides are walked as one group. Cost: O(d log d + s³).
 */
export function orderTurfWalk(
  buildings: readonly TurfBuilding[],
  options: WalkOrderOptions & { onlyDoors?: ReadonlySet<string> } = {},
): TurfWalk {
  const none = new Set<string>();
  const pieces = buildings.map((b) => ({
    building: b,
    doors: buildingDoors(b, none)
      .flat()
      .filter((d) => !options.onlyDoors || options.onlyDoors.has(d.id)),
  }));
  return orderPieces(
    pieces.filter((p) => p.doors.length > 0),
    options,
  );
}
