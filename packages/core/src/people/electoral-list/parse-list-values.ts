/** A birth date as the list gives it: `JJ/MM/AAAA`, or uncertain (`00/00/1953`, `00/05/1953`, `1961`). */
export interface BirthDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Parses a list's birth date; null when it is not one (empty gives all nulls). */
export function parseBirthDate(raw: string): BirthDate | null {
  const text = raw.trim();
  if (text === "") return { year: null, month: null, day: null };
  const year = /^(\d{4})$/.exec(text);
  if (year) return { year: Number(year[1]), month: null, day: null };
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = text.includes("-") ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  const day = Number(d);
  const month = Number(mo);
  if (month > 12 || day > 31 || (month === 0 && day !== 0)) return null;
  return { year: Number(y), month: month === 0 ? null : month, day: day === 0 ? null : day };
}

export type ListType = "principale" | "complementaire_municipale" | "complementaire_europeenne";

/** The list a row belongs to, from the REU label or the 2013 codes (LP, LCM, LCE, P, M, E). */
export function parseListType(raw: string): ListType | null {
  const t = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  if (t.includes("europ") || t === "lce" || t === "e" || t === "lc2") return "complementaire_europeenne";
  if (t.includes("municip") || t === "lcm" || t === "m" || t === "lc1") return "complementaire_municipale";
  if (t.includes("princip") || t === "lp" || t === "p" || t === "g" || t === "") return "principale";
  return null;
}

/** `M` / `F` (or the words), null when empty, undefined when neither. */
export function parseSex(raw: string): "F" | "M" | null | undefined {
  const t = raw.trim().toUpperCase();
  if (t === "") return null;
  if (t === "F" || t === "FEMININ" || t === "FÉMININ" || t === "2") return "F";
  if (t === "M" || t === "MASCULIN" || t === "1") return "M";
  return undefined;
}

/** A text field trimmed, null when empty. */
export function textOrNull(raw: string | undefined): string | null {
  const t = (raw ?? "").trim().replace(/\s+/g, " ");
  return t === "" ? null : t;
}
