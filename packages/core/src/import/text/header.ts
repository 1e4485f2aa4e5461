/** Folds a column name for matching: no accents, lower case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

/** Index of the first header column whose folded name is one of `names`, or -1. */
export function findColumn(header: readonly string[], names: readonly string[], from = 0): number {
  const wanted = new Set(names.map(foldName));
  for (let i = from; i < header.length; i++) if (wanted.has(foldName(header[i]))) return i;
  return -1;
}

/** How a message names a column: its header name, or its 1-based position past the header. */
export function columnName(header: readonly string[], index: number): string | number {
  return index < header.length && header[index] !== "" ? header[index] : index + 1;
}
