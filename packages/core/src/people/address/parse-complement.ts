/** Where a door is inside its building, parsed from the address complements. */
export interface DoorPlace {
  /** Bâtiment and/or escalier ("B", "B-2", "TOUR A"), "" when none. */
  entrance: string;
  /** 0 for the ground floor (RDC), null when unknown. */
  floor: number | null;
  /** Apartment or door number, "" when none. */
  door: string;
}

/** A keyword (whole word, optionally followed by a dot) and the word after it. */
const keyword = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b\\.?\\s*(?:N°\\s*)?([A-Z0-9]+)`);
const RULES: { kind: "building" | "stair" | "floor" | "door"; re: RegExp }[] = [
  { kind: "building", re: keyword("BATIMENT|BAT|BT|BLOC|TOUR|IMMEUBLE|IMM") },
  { kind: "stair", re: keyword("ESCALIER|ESC|ENTREE|ENT|HALL|CAGE") },
  { kind: "floor", re: /\b(\d+)\s*(?:E|EME|ER|ERE|EMES|°)?\s*(?:ETAGE|ETG)\b/ },
  { kind: "floor", re: /\b(?:ETAGE|ETG)\.?\s*(\d+)\b/ },
  { kind: "floor", re: /\b(RDC|REZ DE CHAUSSEE|REZ-DE-CHAUSSEE)\b/ },
  { kind: "door", re: keyword("APPARTEMENT|APPART|APPT|APT|APP|LOGEMENT|LOGT|LGT|PORTE|PTE") },
];

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[,;/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Parses address complements ("BAT B", "ESC 2", "APT 34", "3E ETAGE", "RDC", "PORTE 12",
 * "Résidence les Pins Bât. C") into entrance (building and staircase), floor and door. Text
 * that is none of these (a residence's name) is ignored: the building is the street number.
 */
export function parseComplement(...complements: (string | null | undefined)[]): DoorPlace {
  let building = "";
  let stair = "";
  let floor: number | null = null;
  let door = "";
  for (const raw of complements) {
    if (!raw) continue;
    const text = fold(raw);
    for (const { kind, re } of RULES) {
      const m = re.exec(text);
      if (!m) continue;
      if (kind === "building" && building === "") building = m[1];
      else if (kind === "stair" && stair === "") stair = m[1];
      else if (kind === "door" && door === "") door = m[1];
      else if (kind === "floor" && floor === null) floor = /^\d+$/.test(m[1]) ? Number(m[1]) : 0;
    }
  }
  const entrance = [building, stair].filter((s) => s !== "").join("-");
  return { entrance, floor, door };
}
