/**
 * The one CSV writer of Terrain's exports (docs/architecture.md, "CSV exports"). Every
 * export goes through it, so that a French Excel opens it as is and no cell can run as a
 * formula.
 */

/** A number the writer formats itself (decimal comma), with a fixed count of decimals when given. */
export interface CsvNumber {
  readonly number: number;
  readonly digits?: number;
}

/**
 * A cell: text (always neutralised: it may come from a user or an imported file), a
 * number (written as a number), or nothing (an empty cell).
 */
export type CsvCell = string | number | CsvNumber | null | undefined;

/** A number with `digits` decimals, written with a decimal comma (`csvNumber(12.345, 1)` → `12,3`). */
export function csvNumber(number: number, digits?: number): CsvNumber {
  return { number, digits };
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's CSV-injection rule on one text: a text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading single quote, so that Excel, LibreOffice and Google
 * Sheets show it as text instead of evaluating it. Pure: the web app uses the same rule
 * (`@terrain/core/src/csv/write-csv.ts`) if it ever builds a CSV itself.
 */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function formatNumber(n: number, digits?: number): string {
  if (!Number.isFinite(n)) return "";
  const text = digits === undefined ? String(n) : n.toFixed(digits);
  // `-0,0` reads oddly in a sheet: a rounded zero is written 0.
  return (Number(text) === 0 ? text.replace(/^-/, "") : text).replace(".", ",");
}

/**
 * One cell as CSV text: `;`, quotes and line ends quoted; text neutralised; numbers with a
 * decimal comma. A negative number is neutralised too (`'-1,5`): no cell of an export ever
 * starts with `-`, whatever a checker or a spreadsheet makes of it (OWASP's rule is by the
 * first character, not by type); the exports hold shares and counts, negatives are rare.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return neutraliseCsvText(formatNumber(cell));
  if (typeof cell === "object") return neutraliseCsvText(formatNumber(cell.number, cell.digits));
  const text = neutraliseCsvText(cell);
  return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file for a French Excel: UTF-8 with a byte-order mark, `;` between cells,
 * CRLF line ends (one after the last line), the header as the first row.
 */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(";")];
  for (const row of rows) lines.push(row.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
