import type { ElectionTable } from "./load-election.ts";

/** "Our side": lists chosen by nuance (across elections) and/or by candidate key or label. */
export interface Side {
  nuances?: string[];
  candidates?: string[];
}

/** Indices of the election's options that belong to our side (lists only). */
export function sideIndices(election: ElectionTable, side: Side): number[] {
  const nuances = new Set((side.nuances ?? []).map((n) => n.toUpperCase()));
  const names = new Set((side.candidates ?? []).map((n) => n.toLocaleUpperCase("fr")));
  const out: number[] = [];
  election.options.forEach((o, i) => {
    if (o.kind !== "list") return;
    if ((o.nuance && nuances.has(o.nuance.toUpperCase())) || names.has(o.key.toLocaleUpperCase("fr")))
      out.push(i);
  });
  return out;
}

/**
 * Indices of the election's lists "within reach" (listes proches): chosen like a side, by
 * nuance or key, with our side's own lists left out. None when no reach is given.
 */
export function reachIndices(election: ElectionTable, reach: Side | undefined, side: Side): number[] {
  const ours = new Set(sideIndices(election, side));
  return sideIndices(election, reach ?? {}).filter((i) => !ours.has(i));
}
