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
} from "drizzle-orm/pg-core";
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
    email: text("email"),
    phone: text("phone"),
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
    mergedInto: text("merged_into"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [index().on(t.campaignId, t.bureauCode), index().on(t.campaignId, t.electorId)],
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
    sourceRef: text("source_ref"),
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
    check("person_tags_one_person", sql`(${t.contactId} is null) <> (${t.electorId} is null)`),
  ],
);

/** A merge of two contacts, with a snapshot of the merged one (to explain and undo). */
export const contactMerges = pgTable("contact_merges", {
  id: serial("id").primaryKey(),
  campaignId: campaignId(),
  keptId: text("kept_id").notNull(),
  mergedId: text("merged_id").notNull(),
  snapshot: jsonb("snapshot").notNull(),
  mergedBy: text("merged_by"),
  mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
});

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
