import { asc, inArray } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import type { Actor } from "../policies/can.ts";

/** The campaigns an actor can see: all for a superadmin, else those they belong to. */
export async function listCampaigns(db: Db, actor: Actor) {
  const q = db.select().from(campaigns).orderBy(asc(campaigns.name));
  if (actor.platformRole === "superadmin") return q;
  const ids = Object.keys(actor.roles);
  if (ids.length === 0) return [];
  return db.select().from(campaigns).where(inArray(campaigns.id, ids)).orderBy(asc(campaigns.name));
}
