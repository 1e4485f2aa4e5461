import { AppError } from "../errors.ts";
import type { ContactPatch } from "./contact-types.ts";
import { normalizeEmail } from "./normalize-email.ts";
import { normalizePhone } from "./normalize-phone.ts";

const TEXT_FIELDS = [
  "firstName",
  "lastName",
  "streetNumber",
  "streetLabel",
  "complement",
  "postalCode",
  "city",
  "notes",
  "externalId",
] as const;

/**
 * A patch as stored: text trimmed (empty → null), e-mail in lower case, phones in E.164.
 * An e-mail or phone that cannot be read is refused (bad_request naming the field), never
 * stored as typed: a number that cannot be dialled is worse than none.
 */
export function normalizeContactPatch(patch: ContactPatch): ContactPatch {
  const out: ContactPatch = { ...patch };
  for (const key of TEXT_FIELDS) {
    const value = patch[key];
    if (value !== undefined) out[key] = value === null ? null : value.trim().replace(/[ \t]+/g, " ") || null;
  }
  if (patch.email !== undefined && patch.email !== null && patch.email.trim() !== "") {
    out.email = normalizeEmail(patch.email);
    if (!out.email)
      throw new AppError("bad_request", `email : « ${patch.email} » n'est pas une adresse e-mail.`);
  } else if (patch.email !== undefined) out.email = null;
  for (const key of ["phone", "mobile"] as const) {
    const raw = patch[key];
    if (raw === undefined) continue;
    if (raw === null || raw.trim() === "") out[key] = null;
    else {
      out[key] = normalizePhone(raw);
      if (!out[key])
        throw new AppError("bad_request", `${key} : « ${raw} » n'est pas un numéro de téléphone.`);
    }
  }
  return out;
}
