/** Numbers and dates as a reader of the interface's language writes them (Intl, fr-FR first). */
export function localeOf(language: string): string {
  return language.startsWith("en") ? "en-GB" : "fr-FR";
}

/** 85102 → "85 102" in French (narrow no-break space between thousands). */
export function formatInteger(value: number, language = "fr"): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/** A ratio as a percentage with one decimal: 0.624 → "62,4 %" in French. */
export function formatPercent(ratio: number, language = "fr"): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** An ISO date (YYYY-MM-DD) as "15 mars 2026"; the calendar day is kept whatever the time zone. */
export function formatDate(isoDate: string, language = "fr"): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long", timeZone: "UTC" }).format(date);
}
