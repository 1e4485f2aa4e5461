import { randomUUID } from "node:crypto";
import { homonymKey, type ListPerson } from "./merge-list-rows.ts";

/** An elector already stored, as far as identity and moves need it. */
export interface StoredElector {
  id: string;
  bureauCode: string | null;
  orderNumber: number | null;
  birthName: string;
  firstNames: string;
  birthYear: number | null;
  birthMonth: number | null;
  birthDay: number | null;
  streetNumber: string | null;
  streetLabel: string | null;
  lieuDit: string | null;
}

export interface ElectorMatch {
  /** The id of each new person, in order: the stored elector's, or a new one. */
  ids: string[];
  /** Per new person: whether it was already on the previous list. */
  known: boolean[];
  arrivals: number;
  /** Stored electors absent from the new list. */
  departures: string[];
  /** Known persons whose bureau or address changed. */
  moves: number;
}

const upper = (s: string) => s.toUpperCase();
const address = (e: { streetNumber: string | null; streetLabel: string | null; lieuDit: string | null }) =>
  `${e.streetNumber ?? ""}|${upper(e.streetLabel ?? "")}|${upper(e.lieuDit ?? "")}`;

/**
 * Matches a new list to the stored electors by identity: first bureau + order number (when
 * names and birth date agree: order numbers shift between editions), then names + birth
 * date (a move to another bureau, or a renumbering). Homonyms go to the one with the same
 * birth day, else the same bureau. Nobody is matched twice, so nobody is duplicated.
 */
export function matchElectors(
  stored: readonly StoredElector[],
  persons: readonly ListPerson[],
): ElectorMatch {
  const byOrder = new Map<string, StoredElector>();
  const byName = new Map<string, StoredElector[]>();
  for (const e of stored) {
    if (e.bureauCode !== null && e.orderNumber !== null) byOrder.set(`${e.bureauCode}|${e.orderNumber}`, e);
    const key = homonymKey(e);
    const list = byName.get(key);
    if (list) list.push(e);
    else byName.set(key, [e]);
  }
  const taken = new Set<string>();
  const found: (StoredElector | null)[] = persons.map((p) => {
    const e =
      p.bureauCode !== null && p.orderNumber !== null
        ? byOrder.get(`${p.bureauCode}|${p.orderNumber}`)
        : undefined;
    if (!e || taken.has(e.id) || homonymKey(e) !== homonymKey(p)) return null;
    if (e.birthDay !== null && p.birthDay !== null && e.birthDay !== p.birthDay) return null;
    taken.add(e.id);
    return e;
  });
  persons.forEach((p, i) => {
    if (found[i]) return;
    const candidates = (byName.get(homonymKey(p)) ?? []).filter((e) => !taken.has(e.id));
    if (candidates.length === 0) return;
    const e =
      candidates.find((c) => c.birthDay !== null && c.birthDay === p.birthDay) ??
      candidates.find((c) => c.bureauCode === p.bureauCode && address(c) === address(p)) ??
      candidates.find((c) => c.bureauCode === p.bureauCode) ??
      candidates[0];
    taken.add(e.id);
    found[i] = e;
  });
  let moves = 0;
  let arrivals = 0;
  const ids = found.map((e, i) => {
    if (!e) {
      arrivals++;
      return randomUUID();
    }
    if (e.bureauCode !== persons[i].bureauCode || address(e) !== address(persons[i])) moves++;
    return e.id;
  });
  return {
    ids,
    known: found.map((e) => e !== null),
    arrivals,
    departures: stored.filter((e) => !taken.has(e.id)).map((e) => e.id),
    moves,
  };
}
