import type { Contact } from "../../api/types.ts";

/** The fields compared side by side on the merge screen, in the card's order. */
export const mergeFields = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "mobile",
  "streetNumber",
  "streetLabel",
  "complement",
  "postalCode",
  "city",
  "birthYear",
  "sex",
  "externalId",
] as const;
export type MergeField = (typeof mergeFields)[number];

export type Side = "a" | "b";

/** The fields where the two records hold two different values: the user picks one. */
export function conflicts(a: Contact, b: Contact): MergeField[] {
  return mergeFields.filter((f) => a[f] !== null && b[f] !== null && a[f] !== b[f]);
}

/**
 * The merge asked of the API: the record kept, the one merged into it, and the fields whose
 * value is taken from the merged one (empty fields of the kept one are filled anyway).
 */
export function mergeRequest(
  a: Contact,
  b: Contact,
  keep: Side,
  choices: Partial<Record<MergeField, Side>>,
): { keptId: string; mergedId: string; take: MergeField[] } {
  const [kept, merged] = keep === "a" ? [a, b] : [b, a];
  const other: Side = keep === "a" ? "b" : "a";
  return {
    keptId: kept.id,
    mergedId: merged.id,
    take: conflicts(a, b).filter((f) => choices[f] === other),
  };
}
