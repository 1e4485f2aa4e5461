const CANDIDATES = [";", ",", "\t", "|"] as const;

export type Separator = (typeof CANDIDATES)[number];

/** Counts a character outside double quotes. */
export function countOutsideQuotes(line: string, char: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === char && !inQuotes) count++;
  }
  return count;
}

/**
 * Picks the field separator of a delimited text from its header line: the candidate
 * (`;`, `,`, tab, `|`) that occurs most often outside quotes. Null when none occurs.
 */
export function detectSeparator(text: string): Separator | null {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  let best: Separator | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = countOutsideQuotes(firstLine, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
