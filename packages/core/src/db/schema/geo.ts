import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
} from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns.ts";

const campaignId = () =>
  text("campaign_id")
    .notNull()
    .references(() => campaigns.id, { onDelete: "cascade" });

/** A GeoJSON Polygon or MultiPolygon geometry, WGS84. */
export interface PolygonGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: number[][][] | number[][][][];
}

/**
 * The campaign's bureau set, code `CCCCC_BBBB`. `origin` tells where the bureau first came
 * from (a contours file, or the election whose results introduced it).
 */
export const bureaux = pgTable(
  "bureaux",
  {
    campaignId: campaignId(),
    code: text("code").notNull(),
    communeCode: text("commune_code").notNull(),
    label: text("label"),
    geometry: jsonb("geometry").$type<PolygonGeometry>(),
    origin: text("origin").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.code] })],
);

/** INSEE IRIS (9-character code) of the campaign, with its contour when imported. */
export const iris = pgTable(
  "iris",
  {
    campaignId: campaignId(),
    code: text("code").notNull(),
    communeCode: text("commune_code").notNull(),
    name: text("name"),
    geometry: jsonb("geometry").$type<PolygonGeometry>(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.code] })],
);

/** IRIS demographics in long form: one INSEE variable (P18_POP, DISP_MED18…) per row. */
export const irisValues = pgTable(
  "iris_values",
  {
    campaignId: campaignId(),
    irisCode: text("iris_code").notNull(),
    variable: text("variable").notNull(),
    value: doublePrecision("value"),
    /** The INSEE table the variable comes from (base-ic-population, filosofi…). */
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.irisCode, t.variable] })],
);

/** Addresses (REU register table or BAN), located, with their bureau and IRIS when known. */
export const addresses = pgTable(
  "addresses",
  {
    id: serial("id").primaryKey(),
    campaignId: campaignId(),
    source: text("source", { enum: ["reu", "ban"] }).notNull(),
    sourceId: text("source_id"),
    communeCode: text("commune_code").notNull(),
    label: text("label"),
    lon: doublePrecision("lon").notNull(),
    lat: doublePrecision("lat").notNull(),
    /** Dwellings or register addresses the point stands for (REU nb_adresses), 1 otherwise. */
    count: integer("count").notNull().default(1),
    bureauCode: text("bureau_code"),
    irisCode: text("iris_code"),
  },
  (t) => [index().on(t.campaignId, t.source), index().on(t.campaignId, t.bureauCode)],
);

/**
 * The IRIS → bureau weight matrix. `amount` is what the cell holds (addresses, or m² of
 * overlap); shareOfIris = amount / IRIS total (carries an IRIS count to bureaux);
 * shareOfBureau = amount / bureau total (a bureau's profile as a mix of IRIS, sums to 1).
 */
export const irisBureauWeights = pgTable(
  "iris_bureau_weights",
  {
    campaignId: campaignId(),
    irisCode: text("iris_code").notNull(),
    bureauCode: text("bureau_code").notNull(),
    method: text("method", { enum: ["addresses", "area"] }).notNull(),
    amount: doublePrecision("amount").notNull(),
    shareOfIris: doublePrecision("share_of_iris").notNull(),
    shareOfBureau: doublePrecision("share_of_bureau").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.irisCode, t.bureauCode] })],
);
