import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns.ts";

const campaignId = () =>
  text("campaign_id")
    .notNull()
    .references(() => campaigns.id, { onDelete: "cascade" });

/** An election round of a campaign, id `<kind><year>t<round>` (leg2024t1). */
export const elections = pgTable(
  "elections",
  {
    campaignId: campaignId(),
    id: text("id").notNull(),
    kind: text("kind", { enum: ["pres", "leg", "euro", "mun", "reg", "dep"] }).notNull(),
    year: integer("year").notNull(),
    round: integer("round").notNull(),
    label: text("label").notNull(),
    /** Name and SHA-256 of the file the results came from (a corrected file replaces them). */
    sourceFile: text("source_file").notNull(),
    contentHash: text("content_hash").notNull(),
    format: text("format").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.id] })],
);

/** A candidate or list of an election, with its nuance (political label). */
export const electionCandidates = pgTable(
  "election_candidates",
  {
    campaignId: campaignId(),
    electionId: text("election_id").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    firstName: text("first_name"),
    nuance: text("nuance"),
    panel: integer("panel"),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.electionId, t.key] }),
    foreignKey({
      columns: [t.campaignId, t.electionId],
      foreignColumns: [elections.campaignId, elections.id],
    }).onDelete("cascade"),
  ],
);

/** One bureau's totals in one election. */
export const bureauResults = pgTable(
  "bureau_results",
  {
    campaignId: campaignId(),
    electionId: text("election_id").notNull(),
    bureauCode: text("bureau_code").notNull(),
    communeCode: text("commune_code").notNull(),
    inscrits: integer("inscrits").notNull(),
    votants: integer("votants").notNull(),
    exprimes: integer("exprimes").notNull(),
    blancs: integer("blancs").notNull(),
    nuls: integer("nuls").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.electionId, t.bureauCode] }),
    foreignKey({
      columns: [t.campaignId, t.electionId],
      foreignColumns: [elections.campaignId, elections.id],
    }).onDelete("cascade"),
  ],
);

/** Votes of one candidate or list in one bureau. */
export const bureauVotes = pgTable(
  "bureau_votes",
  {
    campaignId: campaignId(),
    electionId: text("election_id").notNull(),
    bureauCode: text("bureau_code").notNull(),
    candidateKey: text("candidate_key").notNull(),
    voix: integer("voix").notNull(),
    elected: boolean("elected").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.electionId, t.bureauCode, t.candidateKey] }),
    foreignKey({
      columns: [t.campaignId, t.electionId],
      foreignColumns: [elections.campaignId, elections.id],
    }).onDelete("cascade"),
  ],
);

/** Every file imported into a campaign, by content hash: re-importing the same bytes is a no-op. */
export const importedFiles = pgTable(
  "imported_files",
  {
    campaignId: campaignId(),
    contentHash: text("content_hash").notNull(),
    fileName: text("file_name").notNull(),
    kind: text("kind").notNull(),
    electionId: text("election_id"),
    summary: jsonb("summary").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.contentHash] }), index().on(t.campaignId, t.kind)],
);
