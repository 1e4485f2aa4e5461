import type { ColumnMapping, ImportField } from "./contact-columns.ts";
import type { ConsentPurpose, ContactPatch } from "./contact-types.ts";
import { normalizeEmail } from "./normalize-email.ts";
import { normalizePhone } from "./normalize-phone.ts";
import { parseBirthYear, parseBoolean, parseSex, splitAddressLine, splitTags } from "./parse-values.ts";

/** A problem in one cell (or one row when `column` is absent). */
export interface RowIssue {
  line: number;
  column?: string;
  message: string;
}

/** One row of an imported file read through its mapping. */
export interface MappedRow {
  line: number;
  fields: ContactPatch;
  tags: string[];
  consents: { purpose: ConsentPurpose; granted: boolean; column: string; value: string }[];
  errors: RowIssue[];
}

const TEXT: Partial<Record<ImportField, keyof ContactPatch>> = {
  external_id: "externalId",
  first_name: "firstName",
  last_name: "lastName",
  street_number: "streetNumber",
  street_label: "streetLabel",
  complement: "complement",
  postal_code: "postalCode",
  city: "city",
  notes: "notes",
};

const CONSENT: Partial<Record<ImportField, ConsentPurpose>> = {
  consent_news_email: "news_email",
  consent_sms: "sms",
  consent_invitations: "invitations",
  consent_volunteering: "volunteering",
};

/**
 * Reads one row through the column mapping: trims text, writes e-mails in lower case and
 * phones in E.164, splits an address line, keeps the birth year only (never the date),
 * turns opt-in columns into consents. Each unreadable cell is an error naming its column.
 */
export function mapContactRow(
  header: readonly string[],
  cells: readonly string[],
  mapping: ColumnMapping,
  line: number,
): MappedRow {
  const row: MappedRow = { line, fields: {}, tags: [], consents: [], errors: [] };
  const set = (patch: ContactPatch) => Object.assign(row.fields, patch);
  header.forEach((column, i) => {
    const field = mapping[column];
    // A spreadsheet's formula guard ("'+33…", written by our own exports) is not part of the value.
    const raw = (cells[i] ?? "").trim().replace(/^'(?=[=+\-@])/, "");
    if (!field || raw === "") return;
    const error = (message: string) => row.errors.push({ line, column, message });
    const text = TEXT[field];
    const purpose = CONSENT[field];
    if (text) set({ [text]: raw.replace(/\s+/g, " ") });
    else if (purpose) {
      const granted = parseBoolean(raw);
      if (granted === undefined) error(`« ${raw} » n'est ni oui ni non`);
      else if (granted !== null) row.consents.push({ purpose, granted, column, value: raw });
    } else if (field === "email") {
      const email = normalizeEmail(raw);
      if (email) set({ email });
      else error(`« ${raw} » n'est pas une adresse e-mail`);
    } else if (field === "phone" || field === "mobile") {
      const phone = normalizePhone(raw);
      if (phone) set({ [field]: phone });
      else error(`« ${raw} » n'est pas un numéro de téléphone`);
    } else if (field === "address") {
      const { number, street } = splitAddressLine(raw);
      set({ streetNumber: number, streetLabel: street });
    } else if (field === "birth_year" || field === "birth_date") {
      const year = parseBirthYear(raw);
      if (year === undefined) error(`« ${raw} » n'est pas une date ou une année de naissance`);
      else set({ birthYear: year });
    } else if (field === "sex") set({ sex: parseSex(raw) });
    else if (field === "tags") row.tags.push(...splitTags(raw));
    else if (field === "do_not_call" || field === "do_not_contact") {
      const value = parseBoolean(raw);
      if (value === undefined) error(`« ${raw} » n'est ni oui ni non`);
      else set(field === "do_not_call" ? { doNotCall: value === true } : { doNotContact: value === true });
    }
  });
  const f = row.fields;
  if (!f.firstName && !f.lastName && !f.email && !f.phone && !f.mobile) {
    row.errors.push({ line, message: "ni nom, ni e-mail, ni téléphone : personne à importer" });
  }
  return row;
}
