import type { FileIssues } from "../../import/issues.ts";
import type { ListType } from "./parse-list-values.ts";
import type { ListRow } from "./read-list-rows.ts";

/** One person of the list: a row, or the two rows of a person on both complementary lists. */
export interface ListPerson extends ListRow {
  lists: ListType[];
  /** False only for a person on the European complementary list alone. */
  municipalVoter: boolean;
}

/** Names and birth year and month: what tells people apart once the day is dropped. */
export function homonymKey(p: {
  birthName: string;
  firstNames: string;
  birthYear: number | null;
  birthMonth: number | null;
}): string {
  return `${p.birthName.toUpperCase()}|${p.firstNames.toUpperCase()}|${p.birthYear ?? ""}|${p.birthMonth ?? ""}`;
}

function rowKey(r: ListRow): string {
  return `${homonymKey(r)}|${r.birthDay ?? ""}|${r.bureauCode ?? ""}|${r.streetNumber ?? ""}|${r.streetLabel ?? ""}|${r.lieuDit ?? ""}`;
}

/** The person of its rows: the first row, completed in place (150,000 rows are not copied). */
function person(rows: ListRow[]): ListPerson {
  const lists = rows.length === 1 ? [rows[0].list] : [...new Set(rows.map((r) => r.list))].sort();
  return Object.assign(rows[0], {
    lists,
    municipalVoter: lists.some((l) => l !== "complementaire_europeenne"),
  });
}

/**
 * Makes persons of rows: a citizen of another EU country appears on both complementary
 * lists (two rows, same names, birth date and address) and is one person; a person only
 * on the European list is flagged (no municipal vote). The birth day is dropped unless
 * another person has the same names, year and month (homonyms told apart by it). Duplicate
 * order numbers in a bureau are warned about, not refused (real lists have them).
 */
export function mergeListRows(rows: readonly ListRow[], issues: FileIssues): ListPerson[] {
  // Only complementary rows can be the same person twice: principale rows are persons as is.
  const persons: ListPerson[] = [];
  const groups = new Map<string, ListRow[]>();
  for (const r of rows) {
    if (r.list === "principale") {
      persons.push(person([r]));
      continue;
    }
    const key = rowKey(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  for (const group of groups.values()) {
    const municipal = group.filter((r) => r.list === "complementaire_municipale");
    const european = group.filter((r) => r.list === "complementaire_europeenne");
    const pairs = Math.min(municipal.length, european.length);
    for (let i = 0; i < pairs; i++) persons.push(person([municipal[i], european[i]]));
    for (const r of [...municipal.slice(pairs), ...european.slice(pairs)]) persons.push(person([r]));
  }
  if (groups.size > 0) persons.sort((a, b) => a.line - b.line);
  const homonyms = new Map<string, number>();
  for (const p of persons) homonyms.set(homonymKey(p), (homonyms.get(homonymKey(p)) ?? 0) + 1);
  for (const p of persons) if ((homonyms.get(homonymKey(p)) ?? 0) < 2) p.birthDay = null;
  const orders = new Map<string, number>();
  for (const p of persons) {
    if (p.orderNumber === null || p.bureauCode === null) continue;
    const key = `${p.bureauCode}|${p.orderNumber}`;
    const line = orders.get(key);
    if (line !== undefined) {
      issues.warn(
        "duplicate_order_number",
        { value: p.orderNumber, bureau: p.bureauCode },
        { line: p.line, column: "numéro d'ordre" },
      );
    } else orders.set(key, p.line);
  }
  return persons;
}
