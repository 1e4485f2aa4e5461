/** Reading the cells of an imported contacts file: opt-in booleans, years, sex, address lines. */

const TRUE = new Set(["true", "vrai", "oui", "yes", "y", "o", "1", "x"]);
const FALSE = new Set(["false", "faux", "non", "no", "n", "0"]);

/** true/false for an opt-in cell, null when empty, undefined when unreadable. */
export function parseBoolean(raw: string): boolean | null | undefined {
  const v = raw.trim().toLowerCase();
  if (v === "") return null;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

/** The year of a birth date or year cell ("1975", "14/03/1975", "1975-03-14", "03/14/1975 00:00"), null when empty, undefined when unreadable. */
export function parseBirthYear(raw: string, now = new Date()): number | null | undefined {
  const v = raw.trim();
  if (v === "") return null;
  const match = /(?:^|\D)(\d{4})(?:\D|$)/.exec(v);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1900 && year <= now.getUTCFullYear() ? year : undefined;
}

/** F or M from the usual spellings; null for anything else (not an error: the datum is optional). */
export function parseSex(raw: string): "F" | "M" | null {
  const v = raw.trim().toLowerCase();
  if (["f", "femme", "female", "mme", "madame", "w"].includes(v)) return "F";
  if (["m", "h", "homme", "male", "m.", "monsieur", "mr"].includes(v)) return "M";
  return null;
}

/** "12 bis rue des Lilas" → number "12 bis", street "rue des Lilas"; a line without a number is all street. */
export function splitAddressLine(line: string): { number: string | null; street: string | null } {
  const v = line.trim().replace(/\s+/g, " ");
  if (v === "") return { number: null, street: null };
  const match = /^(\d+(?:\s?(?:bis|ter|quater|[a-d])\b)?)[\s,]+(.+)$/i.exec(v);
  if (!match) return { number: null, street: v };
  return { number: match[1].toLowerCase().replace(/\s/g, " "), street: match[2].trim() };
}

/** A tag list cell: NationBuilder separates with commas, spreadsheets often with semicolons or pipes. */
export function splitTags(raw: string): string[] {
  const tags = raw
    .split(/[,;|]/)
    .map((t) => t.trim().replace(/\s+/g, " "))
    .filter((t) => t !== "");
  return [...new Set(tags)];
}
