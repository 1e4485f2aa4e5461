/** Text formatting shared by the writers of official layouts. */

/** French decimal: 2 decimals with a comma ("71,46"). */
export function frDecimal(value: number, digits = 2): string {
  return value.toFixed(digits).replace(".", ",");
}

/** A share in percent, French style, of num over den ("71,46"); "0,00" when den is 0. */
export function frPercent(num: number, den: number, digits = 2): string {
  return frDecimal(den === 0 ? 0 : (100 * num) / den, digits);
}

/**
 * Quotes a text field the way the Ministry's 2024 files do: codes that look numeric and
 * texts holding a space, hyphen, percent sign, comma or quote are quoted; plain words not.
 */
export function ministryQuote(text: string): string {
  if (text === "") return "";
  if (/^\d+$/.test(text) || /[ \-%,'"]/.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** RFC 4180 quoting, always (R's write.csv style). */
export function quoteAlways(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Plain decimal with at most `digits` decimals and no trailing zeros ("12.5", "3"). */
export function plainDecimal(value: number, digits: number): string {
  const s = value.toFixed(digits);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}
