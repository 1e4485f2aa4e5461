import type { FileIssues } from "../issues.ts";
import { parseCount } from "../text/french-number.ts";
import { columnName } from "../text/header.ts";
import type { Candidate } from "./types.ts";

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
  if (value === null) issues.error(line, columnName(header, index), "not_whole_number", { value: raw });
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
  issues.error(line, columnName(header, fields.length), "truncated_line", {
    fields: fields.length,
    expected,
  });
  return false;
}

/** Reports header columns that are missing; returns false when any is. */
export function requireColumns(columns: Record<string, number>, issues: FileIssues): boolean {
  let ok = true;
  for (const [name, index] of Object.entries(columns)) {
    if (index < 0) {
      issues.error(1, name, "missing_column");
      ok = false;
    }
  }
  return ok;
}

/** Where a candidate block's fields are, as offsets read through `at`. */
export interface CandidateFields {
  name: number;
  firstName: number;
  nuance: number;
  panel: number;
}

/**
 * The key of the candidate a block names (`NOM Prénom`, or the list label), registering the
 * candidate with its nuance and panel the first time it is seen. Both Ministry layouts
 * repeat the same block per candidate; only where the block starts differs.
 */
export function registerCandidate(
  candidates: Map<string, Candidate>,
  at: (offset: number) => string,
  block: CandidateFields,
): string {
  const name = at(block.name);
  const firstName = at(block.firstName) || null;
  const key = firstName ? `${name} ${firstName}` : name;
  if (!candidates.has(key)) {
    const panel = Number.parseInt(at(block.panel), 10);
    candidates.set(key, {
      key,
      name,
      firstName,
      nuance: at(block.nuance) || null,
      panel: Number.isFinite(panel) ? panel : null,
    });
  }
  return key;
}
