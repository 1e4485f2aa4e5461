import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";

/** Where a national number ("0…") that is not metropolitan may belong: the overseas départements and collectivités. */
const OVERSEAS: readonly CountryCode[] = ["RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF", "NC", "PF", "WF"];

/**
 * A phone number in E.164 ("+33612345678"), read as French when it has no country prefix
 * ("06 12 34 56 78", "6.12.34.56.78", "0033 6…", "+33 (0)6…"); a national number that is
 * not metropolitan is tried against the overseas territories (0262 → +262, 0590 → +590).
 * Null when it is not a valid number anywhere (too short, unallocated range).
 */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw.replace(/\(0\)/g, "").trim().replace(/^00/, "+");
  if (!/\d/.test(cleaned)) return null;
  for (const country of ["FR", ...OVERSEAS] as CountryCode[]) {
    const parsed = parsePhoneNumberFromString(cleaned, { defaultCountry: country });
    if (parsed?.isValid()) return parsed.number;
    if (cleaned.startsWith("+")) return null;
  }
  return null;
}
