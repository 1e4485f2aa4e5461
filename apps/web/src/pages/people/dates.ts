import { localeOf } from "../../format.ts";

/**
 * An instant as a reader of the language writes it, in the given time zone (the reader's by
 * default): "15 mars 2026 à 18 h 30" in French, "15 March 2026 at 18:30" in English.
 */
export function formatDateTime(iso: string, language = "fr", timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = localeOf(language);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
  const parts = new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? "0");
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return locale === "fr-FR"
    ? `${day} à ${hour} h ${minute}`
    : `${day} at ${String(hour).padStart(2, "0")}:${minute}`;
}
