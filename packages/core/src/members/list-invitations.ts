import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { invitations } from "../db/schema/index.ts";

/** The pending invitations of one campaign, oldest first. */
export async function listInvitations(db: Db, campaignId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(eq(invitations.campaignId, campaignId))
    .orderBy(asc(invitations.createdAt), asc(invitations.email));
}
