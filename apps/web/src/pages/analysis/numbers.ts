import { localeOf } from "../../format.ts";

/** A ratio as a whole percentage: 0.624 → "62 %" (fr: narrow no-break space before %). */
export function pct0(ratio: number | null | undefined, language = "fr"): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return new Intl.NumberFormat(localeOf(language), { style: "percent", maximumFractionDigits: 0 }).format(
    ratio,
  );
}

/** A ratio with one decimal: 0.624 → "62,4 %". */
export function pct1(ratio: number | null | undefined, language = "fr"): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** A number with a fixed count of decimals: 0.0421 → "0,042" (digits = 3). */
export function decimal(value: number | null | undefined, digits: number, language = "fr"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A whole number: 85102 → "85 102". */
export function int(value: number | null | undefined, language = "fr"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/** Percent points of an interval, without the sign: [0.55, 0.69] → "55–69". */
export function pctRange(lower: number | null, upper: number | null, language = "fr"): string | null {
  if (lower === null || upper === null || !Number.isFinite(lower) || !Number.isFinite(upper)) return null;
  const f = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  return `${f.format(lower * 100)}–${f.format(upper * 100)}`;
}
