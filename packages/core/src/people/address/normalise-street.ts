/** Street-type abbreviations of French addresses (AFNOR / La Poste / REU exports) → the word. */
const ABBREVIATIONS: Record<string, string> = {
  ALL: "ALLEE",
  AV: "AVENUE",
  AVE: "AVENUE",
  BD: "BOULEVARD",
  BLD: "BOULEVARD",
  BVD: "BOULEVARD",
  CHE: "CHEMIN",
  CHEM: "CHEMIN",
  CRS: "COURS",
  CITE: "CITE",
  CTRE: "CENTRE",
  DOM: "DOMAINE",
  FG: "FAUBOURG",
  HAM: "HAMEAU",
  IMP: "IMPASSE",
  LD: "LIEU DIT",
  LOT: "LOTISSEMENT",
  PAS: "PASSAGE",
  PL: "PLACE",
  PLN: "PLAINE",
  PRD: "PROMENADE",
  PROM: "PROMENADE",
  QU: "QUAI",
  QUA: "QUARTIER",
  R: "RUE",
  RES: "RESIDENCE",
  RLE: "RUELLE",
  RPT: "ROND POINT",
  RTE: "ROUTE",
  SQ: "SQUARE",
  ST: "SAINT",
  STE: "SAINTE",
  TRA: "TRAVERSE",
  VC: "VOIE COMMUNALE",
  VLA: "VILLA",
  ZA: "ZONE ARTISANALE",
  ZAC: "ZONE D AMENAGEMENT CONCERTE",
  ZI: "ZONE INDUSTRIELLE",
};

/** Words that do not tell streets apart ("Rue de la Gare" = "RUE GARE"). */
const STOP = new Set(["DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "ET", "A", "AU", "AUX"]);

/**
 * The key of a street for matching addresses: no accents, upper case, punctuation as
 * spaces, abbreviations spelled out (BD → BOULEVARD, R → RUE, ST → SAINT…), articles and
 * prepositions dropped. "Bd. de l'Océan" and "BOULEVARD DE L OCEAN" give "BOULEVARD OCEAN".
 */
export function normaliseStreet(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "OE")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ")
    .split(" ")
    .filter((w) => w !== "" && !STOP.has(w))
    .join(" ");
}

/**
 * A street number as a key: digits then the repetition index in lower case ("12 B" →
 * "12b", "12bis" → "12bis", "3 TER" → "3ter"), "" when none.
 */
export function normaliseNumber(number: string): string {
  const m = /^\s*(\d+)\s*([A-Za-z]*)\s*$/.exec(number);
  if (!m) return number.trim().toLowerCase().replace(/\s+/g, "");
  const rep = m[2].toLowerCase();
  const long: Record<string, string> = { b: "bis", t: "ter", q: "quater" };
  return `${Number(m[1])}${long[rep] ?? rep}`;
}

/** Splits a BAN-style label "12bis Rue de la Gare" into its number ("12bis") and street. */
export function splitAddressLabel(label: string): { number: string; street: string } {
  const m = /^\s*(\d+\s*(?:bis|ter|quater|[a-z])?)\b\s*,?\s*(.*)$/i.exec(label);
  return m ? { number: normaliseNumber(m[1]), street: m[2] } : { number: "", street: label.trim() };
}
