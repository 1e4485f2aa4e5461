/** Kinds of elections, as in the ids `<kind><year>t<round>`. */
export type ElectionKind = "pres" | "leg" | "euro" | "mun" | "reg" | "dep";

export interface ElectionRef {
  id: string;
  kind: ElectionKind;
  year: number;
  round: number;
}

export interface ElectionHint {
  kind?: ElectionKind;
  year?: number;
  round?: number;
}

const KIND_WORDS: [RegExp, ElectionKind][] = [
  [/pres(id(entielles?)?)?/, "pres"],
  [/leg(is(latives?)?)?/, "leg"],
  [/euro(peennes?)?/, "euro"],
  [/mun(i(cipales?)?)?/, "mun"],
  [/reg(io(nales?)?)?/, "reg"],
  [/dep(art(ementales?)?)?/, "dep"],
];

const KIND_LABELS: Record<ElectionKind, string> = {
  pres: "Présidentielle",
  leg: "Législatives",
  euro: "Européennes",
  mun: "Municipales",
  reg: "Régionales",
  dep: "Départementales",
};

function strip(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * Reads what a text says about an election: its kind, year and round. Understands file
 * names (`leg2024_t1_…`, `long_presid-2022-t2_…`, `resultats-…-europeennes-2024-tour-1`)
 * and the labels inside files (`Élections Législatives 1er tour`, `2nd tour`).
 */
export function readElectionHint(text: string): ElectionHint {
  const s = strip(text);
  const hint: ElectionHint = {};
  for (const [pattern, kind] of KIND_WORDS) {
    const re = new RegExp(`(^|[^a-z])${pattern.source}(?=[^a-z]|\\d|$)`);
    if (re.test(s)) {
      hint.kind = kind;
      break;
    }
  }
  const year = /(?:^|\D)(19[5-9]\d|20\d\d)(?=\D|$)/.exec(s);
  if (year) hint.year = Number(year[1]);
  const round =
    /(?:^|[^a-z0-9])t(?:our)?[-_ ]?([12])(?=\D|$)/.exec(s) ??
    /(?:^|\D)([12])(?:er|nd|e|eme|ème)?[-_ ]tour/.exec(s) ??
    /(?:^|[^a-z])(premier|second)[-_ ]tour/.exec(s);
  if (round) hint.round = round[1] === "premier" ? 1 : round[1] === "second" ? 2 : Number(round[1]);
  return hint;
}

/** Merges hints, earlier ones winning. */
export function mergeHints(...hints: ElectionHint[]): ElectionHint {
  const merged: ElectionHint = {};
  for (const hint of hints) {
    merged.kind ??= hint.kind;
    merged.year ??= hint.year;
    merged.round ??= hint.round;
  }
  return merged;
}

/** The election a hint names, or null when kind, year or round is missing. */
export function electionFromHint(hint: ElectionHint): ElectionRef | null {
  if (!hint.kind || !hint.year || !hint.round) return null;
  return {
    id: `${hint.kind}${hint.year}t${hint.round}`,
    kind: hint.kind,
    year: hint.year,
    round: hint.round,
  };
}

/** A readable label: `Législatives 2024, 1er tour`. */
export function electionLabel(election: ElectionRef): string {
  return `${KIND_LABELS[election.kind]} ${election.year}, ${election.round === 1 ? "1er" : `${election.round}e`} tour`;
}
