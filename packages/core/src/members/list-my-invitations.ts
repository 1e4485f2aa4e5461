import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns, invitations, user } from "../db/schema/index.ts";

/** The invitations waiting for a signed-in account (matched on its e-mail), with the campaign's name. */
export async function listMyInvitations(db: Db, userId: string) {
  return db
    .select({
      id: invitations.id,
      campaignId: campaigns.id,
      campaignName: campaigns.name,
      role: invitations.role,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .innerJoin(user, eq(user.email, invitations.email))
    .innerJoin(campaigns, eq(campaigns.id, invitations.campaignId))
    .where(eq(user.id, userId))
    .orderBy(asc(invitations.createdAt));
}
