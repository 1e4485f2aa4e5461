import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns.ts";

const campaignId = () =>
  text("campaign_id")
    .notNull()
    .references(() => campaigns.id, { onDelete: "cascade" });

/**
 * The analysis job queue and its results. A job is stored once per (campaign, inputs,
 * method, seed): `inputs_hash` covers the inputs and the content hashes of the imported
 * files they read, so asking again returns the stored result. Workers take queued jobs
 * with `select … for update skip locked` (docs/adr/0005-job-queue.md).
 */
export const analysisJobs = pgTable(
  "analysis_jobs",
  {
    campaignId: campaignId(),
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["transfer", "groups"] }).notNull(),
    inputs: jsonb("inputs").notNull(),
    inputsHash: text("inputs_hash").notNull(),
    method: text("method").notNull(),
    seed: integer("seed").notNull(),
    status: text("status", { enum: ["queued", "running", "done", "failed"] })
      .notNull()
      .default("queued"),
    progress: doublePrecision("progress").notNull().default(0),
    message: text("message"),
    result: jsonb("result"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    lockedBy: text("locked_by"),
    heartbeat: timestamp("heartbeat", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.campaignId, t.inputsHash, t.method, t.seed), index().on(t.status, t.createdAt)],
);

/** A programme point of the message matrix: its label and its relevance to each voter group. */
export interface MessagePoint {
  id: string;
  label: string;
  /** Group key (e.g. "age:18-24", "csp:CS3") → relevance in [0, 3]. */
  relevance: Record<string, number>;
}

/** The campaign's message matrix: programme points × voter groups (one row per campaign). */
export const messageMatrices = pgTable("message_matrices", {
  campaignId: campaignId().primaryKey(),
  points: jsonb("points").$type<MessagePoint[]>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
