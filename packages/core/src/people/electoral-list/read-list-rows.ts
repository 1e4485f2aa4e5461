import type { FileIssues } from "../../import/issues.ts";
import {
  communeCodeFromParts,
  inTerritory,
  normaliseBureauCode,
  normaliseCommuneCode,
} from "../../import/results/bureau-code.ts";
import { checkLength } from "../../import/results/read-counts.ts";
import type { CsvSource } from "../../import/text/open-csv.ts";
import { type ListField, mapListColumns } from "./list-columns.ts";
import { type ListType, parseBirthDate, parseListType, parseSex, textOrNull } from "./parse-list-values.ts";

/**
 * One row of an electoral list, minimised: birthplace and nationality are never read (their
 * columns are skipped), the birth day is read but kept only where homonyms need it.
 */
export interface ListRow {
  line: number;
  list: ListType;
  bureauCode: string | null;
  orderNumber: number | null;
  birthName: string;
  usedName: string | null;
  firstNames: string;
  sex: "F" | "M" | null;
  birthYear: number | null;
  birthMonth: number | null;
  birthDay: number | null;
  streetNumber: string | null;
  streetLabel: string | null;
  complement1: string | null;
  complement2: string | null;
  lieuDit: string | null;
  postalCode: string | null;
  city: string | null;
}

/** Reads the rows of a list in the campaign's territory; errors name the line and the column. */
export async function readListRows(
  source: CsvSource,
  territory: string,
  issues: FileIssues,
  onRow?: (rows: number) => void,
): Promise<{ rows: ListRow[]; outside: number }> {
  const { header } = source;
  const { at, unknown } = mapListColumns(header);
  for (const name of unknown) issues.error(1, name, "unknown_column", { value: name });
  for (const field of ["birthName", "firstNames", "birthDate"] as const) {
    if (at[field] < 0) issues.error(1, field, "missing_column");
  }
  if (at.ugle < 0 && at.commune < 0) issues.error(1, "code du l'ugle", "missing_column");
  if (issues.errorCount > 0) {
    source.close();
    return { rows: [], outside: 0 };
  }
  const rows: ListRow[] = [];
  let outside = 0;
  let seen = 0;
  for await (const { line, fields } of source.rows) {
    if (++seen % 5000 === 0) onRow?.(seen);
    if (!checkLength(fields, header.length, header, line, issues)) continue;
    const get = (f: ListField): string => (at[f] >= 0 ? fields[at[f]] : "");
    const commune =
      at.ugle >= 0
        ? normaliseCommuneCode(get("ugle"))
        : communeCodeFromParts(get("departement"), get("commune"));
    if (!inTerritory(commune, territory)) {
      outside++;
      continue;
    }
    const list = parseListType(get("listType"));
    if (list === null) issues.error(line, header[at.listType], "not_list_type", { value: get("listType") });
    const birth = parseBirthDate(get("birthDate"));
    if (birth === null)
      issues.error(line, header[at.birthDate], "not_birth_date", { value: get("birthDate") });
    const sex = parseSex(get("sex"));
    if (sex === undefined) issues.error(line, header[at.sex], "not_sex", { value: get("sex") });
    const orderRaw = get("order").trim();
    const orderNumber = orderRaw === "" ? null : /^\d+$/.test(orderRaw) ? Number(orderRaw) : Number.NaN;
    if (Number.isNaN(orderNumber))
      issues.error(line, header[at.order], "not_whole_number", { value: orderRaw });
    const birthName = textOrNull(get("birthName"));
    const firstNames = textOrNull(get("firstNames"));
    if (birthName === null) issues.error(line, header[at.birthName], "missing_value");
    if (firstNames === null) issues.error(line, header[at.firstNames], "missing_value");
    if (list === null || birth === null || sex === undefined || birthName === null || firstNames === null)
      continue;
    if (Number.isNaN(orderNumber)) continue;
    const bureau = get("bureau").trim();
    const street = [textOrNull(get("streetType")), textOrNull(get("streetLabel"))].filter((s) => s !== null);
    const usedName = textOrNull(get("usedName"));
    rows.push({
      line,
      list,
      bureauCode: bureau === "" ? null : normaliseBureauCode(commune, bureau),
      orderNumber,
      birthName,
      usedName: usedName === birthName ? null : usedName,
      firstNames,
      sex,
      birthYear: birth.year,
      birthMonth: birth.month,
      birthDay: birth.day,
      streetNumber: textOrNull(get("streetNumber")),
      streetLabel: street.length > 0 ? street.join(" ") : null,
      complement1: textOrNull(get("complement1")),
      complement2: textOrNull(get("complement2")),
      lieuDit: textOrNull(get("lieuDit")),
      postalCode: textOrNull(get("postalCode")),
      city: textOrNull(get("city")),
    });
  }
  onRow?.(seen);
  return { rows, outside };
}
