import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { invitations } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

/** Withdraws a pending invitation of the campaign. */
export async function cancelInvitation(
  db: Db,
  input: { campaignId: string; invitationId: string },
): Promise<void> {
  const gone = await db
    .delete(invitations)
    .where(and(eq(invitations.id, input.invitationId), eq(invitations.campaignId, input.campaignId)))
    .returning({ id: invitations.id });
  if (gone.length === 0) throw new AppError("not_found", "Invitation introuvable.");
}
