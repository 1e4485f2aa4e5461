const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", đ: "d", ł: "l" };

/**
 * Folds a text for matching and search: lower case, no accents (NFD, combining marks
 * removed), ligatures spelt out (œ → oe), every run of non-alphanumeric characters (hyphens,
 * apostrophes, dots) as one space. "Lefèvre-O'Brien" → "lefevre o brien".
 */
export function foldText(text: string | null | undefined): string {
  if (!text) return "";
  return text
    .toLowerCase()
    .replace(/[œæßøđł]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
