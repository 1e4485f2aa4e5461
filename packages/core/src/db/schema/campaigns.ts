import { sql } from "drizzle-orm";
import { boolean, date, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * A campaign is a tenant: it owns every other row of the database. A territory may hold
 * several campaigns (ADR 6); an installation holds at most one demo campaign.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** A commune INSEE code ("29019"), a département ("29", "2A", "971") or "FR". */
    territory: text("territory").notNull(),
    territoryKind: text("territory_kind", { enum: ["commune", "departement", "pays"] }).notNull(),
    electionDate: date("election_date"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaigns_one_demo").on(t.isDemo).where(sql`is_demo`)],
);
