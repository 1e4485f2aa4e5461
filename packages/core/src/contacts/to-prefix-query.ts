import { foldText } from "./fold-text.ts";

/**
 * A search box's text as a PostgreSQL tsquery matching words that start with each typed
 * word ("dup jea" → "dup:* & jea:*"), folded as the index is (accents, case, punctuation).
 * Empty when nothing searchable was typed. Only [a-z0-9] reach the query: no injection of
 * tsquery operators.
 */
export function toPrefixQuery(text: string): string {
  const words = foldText(text)
    .split(" ")
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter((w) => w !== "")
    .slice(0, 8);
  return words.map((w) => `${w}:*`).join(" & ");
}
