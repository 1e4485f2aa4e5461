import type { ContactFields } from "./contact-types.ts";
import { foldText } from "./fold-text.ts";

/**
 * The keys duplicates and elector matches are found on: the folded "first last" name, and
 * the folded "number street postal code" ('' unless number and street are both known).
 */
export function contactKeys(
  f: Pick<ContactFields, "firstName" | "lastName" | "streetNumber" | "streetLabel" | "postalCode">,
): { nameKey: string; addressKey: string } {
  const nameKey = foldText(`${f.firstName ?? ""} ${f.lastName ?? ""}`);
  const addressKey =
    f.streetNumber && f.streetLabel
      ? foldText(`${f.streetNumber} ${f.streetLabel} ${f.postalCode ?? ""}`)
      : "";
  return { nameKey, addressKey };
}
