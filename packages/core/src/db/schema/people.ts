import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns.ts";
import { addresses } from "./geo.ts";

const campaignId = () =>
  text("campaign_id")
    .notNull()
    .references(() => campaigns.id, { onDelete: "cascade" });

/**
 * The campaign's request for the electoral list (article L.37 du code électoral): an
 * electoral-list import is refused until one is recorded. `recordedBy` is null from the CLI.
 */
export const electoralListRequests = pgTable("electoral_list_requests", {
  id: text("id").primaryKey(),
  campaignId: campaignId(),
  authority: text("authority", { enum: ["mairie", "prefecture"] }).notNull(),
  requestedOn: date("requested_on").notNull(),
  requester: text("requester").notNull(),
  recordedBy: text("recorded_by"),
  /** A request recorded by the demo loader (no real list behind it). */
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One imported electoral-list file: the source every elector row is stamped with. */
export const electoralLists = pgTable("electoral_lists", {
  id: text("id").primaryKey(),
  campaignId: campaignId(),
  requestId: text("request_id")
    .notNull()
    .references(() => electoralListRequests.id),
  fileName: text("file_name").notNull(),
  fileHash: text("file_hash").notNull(),
  layout: text("layout", { enum: ["reu", "arrete2013"] }).notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  rows: integer("rows").notNull(),
  electors: integer("electors").notNull(),
  /** The election the list was obtained for (its data is purged after it). */
  electionDate: date("election_date"),
});

/** A building: one street number of one street, located on an address or its street. */
export const buildings = pgTable(
  "buildings",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    /** Normalised street (no accents, upper case, abbreviations expanded). */
    streetKey: text("street_key").notNull(),
    streetLabel: text("street_label").notNull(),
    number: text("number").notNull(),
    lon: doublePrecision("lon"),
    lat: doublePrecision("lat"),
    geocoded: text("geocoded", { enum: ["address", "street", "none"] }).notNull(),
    addressId: integer("address_id").references(() => addresses.id, { onDelete: "set null" }),
    bureauCode: text("bureau_code"),
    irisCode: text("iris_code"),
  },
  (t) => [index().on(t.campaignId, t.bureauCode), unique().on(t.campaignId, t.streetKey, t.number)],
);

/**
 * A door is what a volunteer knocks on: building → entrance (bâtiment/escalier) → floor →
 * door. A household is the electors (and contacts) at one door.
 */
export const doors = pgTable(
  "doors",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    buildingId: integer("building_id")
      .notNull()
      .references(() => buildings.id, { onDelete: "cascade" }),
    entrance: text("entrance").notNull().default(""),
    floor: integer("floor"),
    door: text("door").notNull().default(""),
    /** `buildingKey|entrance|floor|door`, for lookups without the serial id. */
    key: text("key").notNull(),
  },
  (t) => [unique().on(t.campaignId, t.buildingId, t.entrance, t.floor, t.door).nullsNotDistinct()],
);

/**
 * A person on the imported electoral list (one row per person, even on both complementary
 * lists). Never stored: birthplace, nationality. The birth day only where needed to tell
 * homonyms apart.
 */
export const electors = pgTable(
  "electors",
  {
    id: text("id").primaryKey(),
    campaignId: campaignId(),
    listId: text("list_id")
      .notNull()
      .references(() => electoralLists.id),
    bureauCode: text("bureau_code"),
    orderNumber: integer("order_number"),
    /** principale, complementaire_municipale, complementaire_europeenne. */
    lists: text("lists").array().notNull(),
    /** False only for a person on the European complementary list alone. */
    municipalVoter: boolean("municipal_voter").notNull().default(true),
    birthName: text("birth_name").notNull(),
    usedName: text("used_name"),
    firstNames: text("first_names").notNull(),
    sex: text("sex", { enum: ["F", "M"] }),
    birthYear: integer("birth_year"),
    birthMonth: integer("birth_month"),
    birthDay: integer("birth_day"),
    streetNumber: text("street_number"),
    streetLabel: text("street_label"),
    complement1: text("complement1"),
    complement2: text("complement2"),
    lieuDit: text("lieu_dit"),
    postalCode: text("postal_code"),
    city: text("city"),
    doorId: integer("door_id").references(() => doors.id, { onDelete: "set null" }),
    irisCode: text("iris_code"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.campaignId, t.bureauCode), index().on(t.campaignId, t.birthYear, t.sex)],
);
