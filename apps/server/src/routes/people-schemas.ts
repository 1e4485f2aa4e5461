import { consentChannels, consentPurposes, contactSources, importFields } from "@terrain/core";
import { z } from "zod";
import { named } from "../openapi-names.ts";

/** The zod shapes of the people API (contacts CRM), named for the web's generated types. */

export const campaignParams = z.object({ campaignId: z.string() });
export const contactParams = z.object({ campaignId: z.string(), contactId: z.string() });

export const contactSource = named("ContactSource", z.enum(contactSources));
export const consentPurpose = named("ConsentPurpose", z.enum(consentPurposes));
export const consentChannel = named("ConsentChannel", z.enum(consentChannels));

const text = (max: number) => z.string().max(max).nullable().optional();

/** The fields a member may write; e-mail and phones are normalised (E.164) or refused. */
export const contactFieldsIn = named(
  "ContactFields",
  z.object({
    firstName: text(100),
    lastName: text(100),
    email: text(254),
    phone: text(40),
    mobile: text(40),
    streetNumber: text(20),
    streetLabel: text(200),
    complement: text(200),
    postalCode: text(10),
    city: text(100),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    sex: z.enum(["F", "M"]).nullable().optional(),
    notes: text(5000),
    externalId: text(100),
    doNotCall: z.boolean().optional(),
    doNotContact: z.boolean().optional(),
  }),
);

export const consentIn = named(
  "NewConsent",
  z.object({
    purpose: consentPurpose,
    granted: z.boolean(),
    wordingVersion: z.string().trim().min(1).max(100),
    wording: z.string().trim().min(1).max(5000),
    channel: consentChannel,
    /** Who collected it: a member's name, "formulaire web"… */
    collectedBy: z.string().trim().min(1).max(200),
    collectedAt: z.iso.datetime({ offset: true }).optional(),
    proof: z.record(z.string(), z.unknown()).optional(),
  }),
);

export const contactOut = named(
  "Contact",
  z.object({
    id: z.string(),
    electorId: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    mobile: z.string().nullable(),
    streetNumber: z.string().nullable(),
    streetLabel: z.string().nullable(),
    complement: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    doorId: z.number().nullable(),
    bureauCode: z.string().nullable(),
    irisCode: z.string().nullable(),
    birthYear: z.number().nullable(),
    sex: z.enum(["F", "M"]).nullable(),
    notes: z.string().nullable(),
    opinions: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
    externalId: z.string().nullable(),
    doNotCall: z.boolean(),
    doNotContact: z.boolean(),
    mergedInto: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);

export const consentOut = named(
  "Consent",
  z.object({
    id: z.number(),
    purpose: consentPurpose,
    granted: z.boolean(),
    wordingVersion: z.string(),
    wording: z.string(),
    channel: consentChannel,
    collectedBy: z.string().nullable(),
    recordedAt: z.string(),
    proof: z.unknown(),
  }),
);

export const fieldSourceOut = named(
  "ContactFieldSource",
  z.object({
    field: z.string(),
    value: z.string().nullable(),
    source: contactSource,
    sourceRef: z.string().nullable(),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
  }),
);

export const mergeOut = named(
  "ContactMerge",
  z.object({
    id: z.number(),
    keptId: z.string(),
    mergedId: z.string(),
    mergedBy: z.string().nullable(),
    mergedAt: z.string(),
    snapshot: z.unknown(),
  }),
);

export const contactCardOut = named(
  "ContactCard",
  z.object({
    contact: contactOut,
    tags: z.array(z.string()),
    history: z.array(fieldSourceOut),
    consents: z.array(consentOut),
    /** The consent in force per purpose (the latest recorded). */
    currentConsents: z.array(consentOut),
    elector: z
      .object({
        id: z.string(),
        firstNames: z.string(),
        usedName: z.string().nullable(),
        birthName: z.string(),
        birthYear: z.number().nullable(),
        bureauCode: z.string().nullable(),
      })
      .nullable(),
    household: z.array(z.object({ kind: z.enum(["contact", "elector"]), id: z.string(), name: z.string() })),
    merges: z.array(mergeOut),
  }),
);

export const contactListItemOut = named(
  "ContactListItem",
  z.object({
    id: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    mobile: z.string().nullable(),
    city: z.string().nullable(),
    bureauCode: z.string().nullable(),
    electorId: z.string().nullable(),
    doNotContact: z.boolean(),
    tags: z.array(z.string()),
    updatedAt: z.string(),
  }),
);

/** A list in a query string: repeated (`tags=a&tags=b`) or comma-separated (`bureaux=0101,0102`). */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    v === undefined ? undefined : (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean),
  );

/** The lawful filters of a list or an export (segment criteria) and the search text. */
export const contactFilterQuery = z.object({
  q: z.string().max(200).optional(),
  bureaux: list,
  iris: list,
  ageMin: z.coerce.number().int().min(0).max(130).optional(),
  ageMax: z.coerce.number().int().min(0).max(130).optional(),
  sex: z.enum(["F", "M"]).optional(),
  tags: list,
  consent: consentPurpose.optional(),
  source: contactSource.optional(),
});

export const importFieldSchema = named("ImportField", z.enum(importFields));
export const columnMapping = named("ColumnMapping", z.record(z.string(), importFieldSchema.nullable()));

export const rowIssueOut = z.object({
  file: z.string().optional(),
  line: z.number(),
  column: z.string().optional(),
  message: z.string(),
});

export const importPreviewOut = named(
  "ContactImportPreview",
  z.object({
    importId: z.string(),
    fileName: z.string(),
    header: z.array(z.string()),
    headerSignature: z.string(),
    mapping: columnMapping,
    remembered: z.boolean(),
    opinionColumns: z.array(z.string()),
    rows: z.number(),
    sample: z.array(
      z.object({
        line: z.number(),
        fields: contactFieldsIn,
        tags: z.array(z.string()),
        consents: z.array(
          z.object({ purpose: consentPurpose, granted: z.boolean(), column: z.string(), value: z.string() }),
        ),
        errors: z.array(rowIssueOut),
      }),
    ),
    errors: z.array(rowIssueOut),
    errorCount: z.number(),
  }),
);
