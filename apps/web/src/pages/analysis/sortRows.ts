/** Sorts rows by a numeric or text key; missing values always last whatever the direction. */
export function sortRows<T>(
  rows: readonly T[],
  key: (row: T) => number | string | null,
  direction: "ascending" | "descending",
): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || (typeof x === "number" && !Number.isFinite(x))) return y === null ? 0 : 1;
    if (y === null || (typeof y === "number" && !Number.isFinite(y))) return -1;
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * String(x).localeCompare(String(y), "fr", { numeric: true });
  });
}
