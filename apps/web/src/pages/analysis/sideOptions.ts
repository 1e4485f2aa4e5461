import type { ElectionItem } from "../../api/types.ts";

/**
 * "Our side" choices for a pair of elections: one per nuance (lists grouped across the two
 * elections, e.g. "UG: QUÉRÉ Maëlle · KERBRENN EN COMMUN"), and one per list without nuance.
 * Values are "n:NUANCE" or "c:LIST KEY".
 */
export function sideOptions(elections: readonly ElectionItem[]): { value: string; label: string }[] {
  const byNuance = new Map<string, Set<string>>();
  const loose = new Map<string, string>();
  for (const e of elections)
    for (const l of e.lists) {
      if (l.nuance) {
        const names = byNuance.get(l.nuance) ?? new Set<string>();
        names.add(l.label);
        byNuance.set(l.nuance, names);
      } else loose.set(l.key, l.label);
    }
  const nuances = [...byNuance.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "fr"))
    .map(([n, names]) => ({ value: `n:${n}`, label: `${n} — ${[...names].join(" · ")}` }));
  const lists = [...loose.entries()]
    .sort(([, a], [, b]) => a.localeCompare(b, "fr"))
    .map(([key, label]) => ({ value: `c:${key}`, label }));
  return [...nuances, ...lists];
}

/** The API's side from the chosen values. */
export function sideFromValues(values: readonly string[]): { nuances: string[]; candidates: string[] } {
  return {
    nuances: values.filter((v) => v.startsWith("n:")).map((v) => v.slice(2)),
    candidates: values.filter((v) => v.startsWith("c:")).map((v) => v.slice(2)),
  };
}

/**
 * "Within reach" choices (listes proches): the same choices as our side, without those
 * already chosen as ours. None chosen is the default: persuasion then counts only our
 * earlier voters who went to other lists.
 */
export function reachOptions(
  elections: readonly ElectionItem[],
  side: readonly string[],
): { value: string; label: string }[] {
  const ours = new Set(side);
  return sideOptions(elections).filter((o) => !ours.has(o.value));
}
