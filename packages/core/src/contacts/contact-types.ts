/** The vocabulary of the contacts CRM, shared by its functions, importer and routes. */
import type { InferSelectModel } from "drizzle-orm";
import { consentPurposes, contactSources, type contacts } from "../db/schema/contacts.ts";

export { consentPurposes, contactSources };
/** Where a datum came from: door-to-door, the website form, a public meeting, a file import, typed in by the team. */
export type ContactSource = (typeof contactSources)[number];
export type ConsentPurpose = (typeof consentPurposes)[number];
export type ContactRow = InferSelectModel<typeof contacts>;

export const consentChannels = ["door", "form", "meeting", "import", "manual", "email"] as const;
export type ConsentChannel = (typeof consentChannels)[number];

/** The editable fields of a contact, each with its own source. */
export const contactFieldNames = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "mobile",
  "streetNumber",
  "streetLabel",
  "complement",
  "postalCode",
  "city",
  "birthYear",
  "sex",
  "notes",
  "externalId",
  "doNotCall",
  "doNotContact",
] as const;
export type ContactFieldName = (typeof contactFieldNames)[number];

export interface ContactFields {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  streetNumber: string | null;
  streetLabel: string | null;
  complement: string | null;
  postalCode: string | null;
  city: string | null;
  birthYear: number | null;
  sex: "F" | "M" | null;
  notes: string | null;
  /** The person's id in the tool the campaign used before (NationBuilder's nationbuilder_id). */
  externalId: string | null;
  doNotCall: boolean;
  doNotContact: boolean;
}

export type ContactPatch = Partial<ContactFields>;

/** A consent as collected: the purpose, yes or no, and its proof. */
export interface ConsentInput {
  purpose: ConsentPurpose;
  granted: boolean;
  wordingVersion: string;
  wording: string;
  channel: ConsentChannel;
  /** Who collected it (a member's name or id, "formulaire web", the import's source). */
  collectedBy: string;
  /** When the person gave it (defaults to now). */
  collectedAt?: Date;
  proof?: Record<string, unknown>;
}
