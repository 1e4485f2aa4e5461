/** What the report's font cannot draw is shown as this (the Unicode replacement character, which Roboto has). */
export const MISSING_GLYPH = "\uFFFD";

/** Spaces Intl and French typography use that the font lacks, drawn as their nearest equivalent. */
const EQUIVALENT: Record<string, string> = { "\u202f": "\u00a0", "\u2009": " ", "\u2007": "\u00a0" };

const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u;
const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

/** `U+4E2D` for 中. */
const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

function replaceInText(text: string, hasGlyph: (cp: number) => boolean, missing: Set<number>): string {
  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    const drawn = EQUIVALENT[segment] ?? segment;
    const lacking = [...drawn]
      .filter((ch) => !INVISIBLE.test(ch))
      .map((ch) => ch.codePointAt(0) as number)
      .filter((cp) => !hasGlyph(cp));
    for (const cp of lacking) missing.add(cp);
    out += lacking.length > 0 ? MISSING_GLYPH : drawn;
  }
  return out;
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}

/**
 * Every string of `value` (deeply: plain objects and arrays) drawable by a font: a
 * character (grapheme) the font has no glyph for (CJK, emoji… in Roboto) becomes one
 * visible `�` instead of vanishing, and the code points that could not be drawn come back
 * (`U+4E2D`), sorted, so that the document can say so. Invisible controls are kept as is.
 */
export function replaceMissingGlyphs<T>(
  value: T,
  hasGlyph: (cp: number) => boolean,
): { value: T; missing: string[] } {
  const missing = new Set<number>();
  const replaced = mapStrings(value, (s) => replaceInText(s, hasGlyph, missing)) as T;
  return { value: replaced, missing: [...missing].sort((a, b) => a - b).map(codePointName) };
}

/** The report's warning line about what it could not draw (twelve code points at most). */
export function missingGlyphsText(missing: string[]): string {
  const shown = `${missing.slice(0, 12).join(", ")}${missing.length > 12 ? "…" : ""}`;
  return `Caractères que la police du rapport ne sait pas dessiner, remplacés par « ${MISSING_GLYPH} » : ${shown} (le texte exact est à l'écran).`;
}
