import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { searchVectorOf, tsvector } from "../search-vector.ts";
import { campaigns } from "./campaigns.ts";
import { doors, electors } from "./people.ts";

const campaignId = () =>
  text("campaign_id")
    .notNull()
    .references(() => campaigns.id, { onDelete: "cascade" });

/** Where a person datum came from. */
export const contactSources = ["door", "form", "meeting", "import", "manual"] as const;
/** What a person may consent to (one consent history per purpose). */
export const consentPurposes = ["news_email", "sms", "volunteering", "invitations", "opinions"] as const;

/**
 * A person the campaign met or who signed up. `electorId` is set only when a human confirmed
 * the match with the electoral list; `mergedInto` points at the contact it was merged into.
 */
export const contacts = pgTable(
  "contacts",
  {
    id: text("id").primaryKey(),
    campaignId: campaignId(),
    electorId: text("elector_id").references(() => electors.id, { onDelete: "set null" }),
    firstName: text("first_name"),
    lastName: text("last_name"),
    /** Lower case. */
    email: text("email"),
    /** E.164 ("+33298441230"). */
    phone: text("phone"),
    /** E.164 ("+33612345678"). */
    mobile: text("mobile"),
    streetNumber: text("street_number"),
    streetLabel: text("street_label"),
    complement: text("complement"),
    postalCode: text("postal_code"),
    city: text("city"),
    doorId: integer("door_id").references(() => doors.id, { onDelete: "set null" }),
    bureauCode: text("bureau_code"),
    irisCode: text("iris_code"),
    birthYear: integer("birth_year"),
    sex: text("sex", { enum: ["F", "M"] }),
    notes: text("notes"),
    /**
     * Answers and remarks that reveal political opinions: written only by recordOpinions,
     * which requires the person's current 'opinions' consent; cleared when it is withdrawn.
     */
    opinions: jsonb("opinions"),
    /** The person's id in the tool the campaign used before (NationBuilder's nationbuilder_id). */
    externalId: text("external_id"),
    /** Objections: never phone / never contact this person. */
    doNotCall: boolean("do_not_call").notNull().default(false),
    doNotContact: boolean("do_not_contact").notNull().default(false),
    /** Folded "first last" (foldText), for duplicates and elector matching. */
    nameKey: text("name_key").notNull().default(""),
    /** Folded "number street postal code", '' when the address is incomplete. */
    addressKey: text("address_key").notNull().default(""),
    mergedInto: text("merged_into"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
    /**
     * What search as you type matches (names, e-mail, street, city; accents folded), computed
     * by PostgreSQL on every write. Stored rather than an index expression: testing a stored
     * vector costs microseconds a row where recomputing the expression cost ~0.2 ms on PGlite.
     */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      searchVectorOf(["first_name", "last_name", "email", "street_number", "street_label", "city"]),
    ),
  },
  (t) => [
    index().on(t.campaignId, t.bureauCode),
    index().on(t.campaignId, t.electorId),
    index().on(t.campaignId, t.email),
    index().on(t.campaignId, t.phone),
    index().on(t.campaignId, t.mobile),
    index().on(t.campaignId, t.nameKey),
    index().on(t.campaignId, t.externalId),
    index("contacts_search_idx").using("gin", t.searchVector),
  ],
);

/** The source of each contact field (who said it, where, when). */
export const contactFieldSources = pgTable(
  "contact_field_sources",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    source: text("source", { enum: contactSources }).notNull(),
    /** The import, door-to-door session or form the value came from. */
    sourceRef: text("source_ref"),
    /** The value recorded (null when the field was cleared): the field's history, append-only. */
    value: text("value"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text("recorded_by"),
  },
  (t) => [index().on(t.campaignId, t.contactId)],
);

/** Consent history, append-only: the current consent is the latest per contact and purpose. */
export const consents = pgTable(
  "consents",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: consentPurposes }).notNull(),
    granted: boolean("granted").notNull(),
    wordingVersion: text("wording_version").notNull(),
    wording: text("wording").notNull(),
    channel: text("channel", {
      enum: ["door", "form", "meeting", "import", "manual", "email"],
    }).notNull(),
    collectedBy: text("collected_by"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    proof: jsonb("proof"),
  },
  (t) => [index().on(t.campaignId, t.contactId, t.purpose, t.recordedAt)],
);

/** A tag on a person: exactly one of a contact or an elector. */
export const personTags = pgTable(
  "person_tags",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    contactId: text("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    electorId: text("elector_id").references(() => electors.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index().on(t.campaignId, t.tag),
    uniqueIndex("person_tags_contact_tag").on(t.contactId, t.tag).where(sql`${t.contactId} is not null`),
    uniqueIndex("person_tags_elector_tag").on(t.electorId, t.tag).where(sql`${t.electorId} is not null`),
    check("person_tags_one_person", sql`(${t.contactId} is null) <> (${t.electorId} is null)`),
  ],
);

/** A merge of two contacts, with a snapshot of the merged one (to explain and undo). */
export const contactMerges = pgTable(
  "contact_merges",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    keptId: text("kept_id").notNull(),
    mergedId: text("merged_id").notNull(),
    snapshot: jsonb("snapshot").notNull(),
    mergedBy: text("merged_by"),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.campaignId, t.keptId), index().on(t.campaignId, t.mergedId)],
);

/** A saved segment: validated criteria (see segment-criteria.ts). */
export const segments = pgTable("segments", {
  id: text("id").primaryKey(),
  campaignId: campaignId(),
  name: text("name").notNull(),
  criteria: jsonb("criteria").notNull(),
  createdBy: text("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every export of people data: who, when, what, how many rows. */
export const exportLog = pgTable("export_log", {
  id: serial("id").primaryKey(),
  campaignId: campaignId(),
  userId: text("user_id"),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  kind: text("kind").notNull(),
  criteria: jsonb("criteria"),
  rows: integer("rows").notNull(),
});

/** A remembered column mapping for a contacts CSV, by its header signature. */
export const importMappings = pgTable(
  "import_mappings",
  {
    campaignId: campaignId(),
    headerSignature: text("header_signature").notNull(),
    mapping: jsonb("mapping").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.headerSignature] })],
);

/**
 * A contacts file uploaded for import: held (its text) between the preview and the
 * confirmation, then the record of what was imported, from which declared source.
 */
export const contactImports = pgTable(
  "contact_imports",
  {
    id: text("id").primaryKey(),
    campaignId: campaignId(),
    fileName: text("file_name").notNull(),
    fileHash: text("file_hash").notNull(),
    /** The file's text until it is imported or abandoned (null after). */
    content: text("content"),
    status: text("status", { enum: ["preview", "imported"] }).notNull(),
    /** Where the people in the file come from (required to import: "Export NationBuilder 2020"). */
    sourceLabel: text("source_label"),
    mapping: jsonb("mapping"),
    created: integer("created"),
    updated: integer("updated"),
    uploadedBy: text("uploaded_by"),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    importedAt: timestamp("imported_at", { withTimezone: true }),
  },
  (t) => [index().on(t.campaignId, t.uploadedAt)],
);
