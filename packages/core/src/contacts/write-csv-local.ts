// Temporary: replaced by the shared writer (packages/core/src/csv/write-csv.ts) once it is on main.
type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV for a French Excel: UTF-8 BOM, `;`, CRLF, formula-looking texts quoted with `'`. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(cell).join(";")];
  for (const row of rows) lines.push(row.map(cell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
