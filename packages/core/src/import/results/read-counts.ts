import type { FileIssues } from "../issues.ts";
import { parseCount } from "../text/french-number.ts";
import { columnName } from "../text/header.ts";

/**
 * Reads a count at a field index, reporting `not a whole number` on the line and column
 * when it is not one. Returns null after reporting.
 */
export function readCount(
  fields: readonly string[],
  index: number,
  header: readonly string[],
  line: number,
  issues: FileIssues,
): number | null {
  const raw = fields[index] ?? "";
  const value = parseCount(raw);
  if (value === null) issues.error(line, columnName(header, index), `not a whole number: "${raw}"`);
  return value;
}

/** Reports a line shorter than expected, naming the first missing column. */
export function checkLength(
  fields: readonly string[],
  expected: number,
  header: readonly string[],
  line: number,
  issues: FileIssues,
): boolean {
  if (fields.length >= expected) return true;
  issues.error(
    line,
    columnName(header, fields.length),
    `truncated line: ${fields.length} fields, ${expected} expected`,
  );
  return false;
}

/** Reports header columns that are missing; returns false when any is. */
export function requireColumns(columns: Record<string, number>, issues: FileIssues): boolean {
  let ok = true;
  for (const [name, index] of Object.entries(columns)) {
    if (index < 0) {
      issues.error(1, name, "missing column");
      ok = false;
    }
  }
  return ok;
}
