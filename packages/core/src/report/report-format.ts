/**
 * French number formats for the PDF report. Intl writes a narrow no-break space (U+202F)
 * before "%" and between thousands; the bundled Roboto has no glyph for it, so the report
 * uses the ordinary no-break space (U+00A0), which reads the same on paper.
 */
const nbsp = (s: string) => s.replace(/\u202f/g, "\u00a0");

/** 0.624 → "62 %". */
export const pct0 = (v: number | null): string =>
  v === null
    ? "—"
    : nbsp(new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 }).format(v));

/** 0.624 → "62,4 %". */
export const pct1 = (v: number | null): string =>
  v === null
    ? "—"
    : nbsp(
        new Intl.NumberFormat("fr-FR", {
          style: "percent",
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(v),
      );

/** 4.217 → "4,2" (digits fixed). */
export const decimal = (v: number | null, digits: number): string =>
  v === null || !Number.isFinite(v)
    ? "—"
    : nbsp(
        new Intl.NumberFormat("fr-FR", {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(v),
      );

/** 85102 → "85 102". */
export const int = (v: number | null): string =>
  v === null || !Number.isFinite(v) ? "—" : nbsp(new Intl.NumberFormat("fr-FR").format(Math.round(v)));

/** [0.55, 0.69] → "55–69" (percent points). */
export const pctRange = (lower: number | null, upper: number | null): string =>
  lower === null || upper === null ? "" : `${Math.round(lower * 100)}–${Math.round(upper * 100)}`;

/** A date as "28 novembre 2026". */
export const longDate = (d: Date): string =>
  new Intl.DateTimeFormat("fr-FR", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(d);
