import { compareIds, compareNatural, houseNumber, walkDistance } from "./turf-geometry.ts";
import { improveTwoOpt, nearestNeighbourTour, stepNode, type TourNode } from "./turf-tour.ts";
import {
  type LonLat,
  TURF_DEFAULTS,
  type TurfBuilding,
  type WalkDistance,
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

/**
 * Buildings of one street in walking order. 'zigzag': all numbers ascending, crossing the
 * street. 'loop': one side up, the other side down, as canvassers walk a street: odd numbers
 * ascending then even numbers descending, unless another of the four loops (odd first or even
 * first, up or down) is shorter by more than 1 m — as when a turf holds the low odd numbers and
 * higher even ones. Numberless buildings go with the odd side. Cost: O(b log b).
 */
export function streetSequence<T extends { building: TurfBuilding }>(
  items: readonly T[],
  mode: "loop" | "zigzag",
  dist: WalkDistance = walkDistance(),
): T[] {
  const byNumber = (a: T, b: T) =>
    compareNatural(a.building.number, b.building.number) || compareIds(a.building.id, b.building.id);
  if (mode === "zigzag") return [...items].sort(byNumber);
  const even = items.filter((p) => houseNumber(p.building.number) % 2 === 0).sort(byNumber);
  const odd = items.filter((p) => !(houseNumber(p.building.number) % 2 === 0)).sort(byNumber);
  const rev = (v: T[]) => [...v].reverse();
  const loops = [
    [...odd, ...rev(even)],
    [...rev(odd), ...even],
    [...even, ...rev(odd)],
    [...rev(even), ...odd],
  ];
  const length = (v: T[]) => v.reduce((s, p, i) => (i ? s + dist(v[i - 1].building, p.building) : 0), 0);
  let best = loops[0];
  let bestLen = length(best);
  for (const loop of loops.slice(1)) {
    const len = length(loop);
    if (len < bestLen - 1) {
      best = loop;
      bestLen = len;
    }
  }
  return best;
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
  const keys = [...byStreet.keys()].sort(compareIds);
  const groups = keys.map((k) => streetSequence(byStreet.get(k) ?? [], mode, dist));
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
  return { walk, streets: order.map((s) => keys[stepNode(s)]), routeMeters, minutes };
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
