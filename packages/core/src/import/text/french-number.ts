/** Removes spaces (including no-break and thin spaces) used as thousands separators. */
function compact(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f]/g, "");
}

/**
 * Parses a French decimal such as "71,46", "71,46%", "1 234,5" or "0.56" (INSEE files use a
 * point). Percent signs are dropped: "71,46%" gives 71.46. Returns null for an empty field
 * and NaN for text that is not a number.
 */
export function parseFrenchDecimal(raw: string): number | null {
  const text = compact(raw).replace(/%$/, "");
  if (text === "" || text === "NA" || text === "s" || text === "nd") return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(",", "."));
}

/**
 * Parses a count (inscrits, voix…): a non-negative whole number, spaces allowed as thousands
 * separators. Returns null when the text is not one.
 */
export function parseCount(raw: string): number | null {
  const text = compact(raw);
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
