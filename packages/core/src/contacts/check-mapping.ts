import { AppError } from "../errors.ts";
import { type ColumnMapping, importFields } from "./contact-columns.ts";
import { isOpinionColumn } from "./opinion-columns.ts";

/**
 * A mapping as sent by the import wizard, checked against the file's header: every column
 * named (unknown ones refused), fields known, a field fed by one column only, and no column
 * holding political opinions mapped to anything. Missing columns are ignored.
 */
export function checkMapping(
  header: readonly string[],
  mapping: Record<string, string | null>,
): ColumnMapping {
  const out: ColumnMapping = {};
  const used = new Map<string, string>();
  for (const column of Object.keys(mapping)) {
    if (!header.includes(column))
      throw new AppError("bad_request", `mapping : la colonne « ${column} » n'est pas dans le fichier.`);
  }
  for (const column of header) {
    const field = mapping[column] ?? null;
    if (field === null) {
      out[column] = null;
      continue;
    }
    if (!(importFields as readonly string[]).includes(field)) {
      throw new AppError(
        "bad_request",
        `mapping : « ${field} » (colonne « ${column} ») n'est pas un champ importable.`,
      );
    }
    if (isOpinionColumn(column)) {
      throw new AppError(
        "bad_request",
        `mapping : la colonne « ${column} » contient des opinions politiques ; elle n'est jamais importée sans consentement explicite.`,
      );
    }
    const other = used.get(field);
    if (other)
      throw new AppError(
        "bad_request",
        `mapping : « ${field} » est déjà alimenté par la colonne « ${other} ».`,
      );
    used.set(field, column);
    out[column] = field as ColumnMapping[string];
  }
  return out;
}
