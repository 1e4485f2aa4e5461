import { and, count, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships, session, user } from "../db/schema/index.ts";
import { keepAnAdmin } from "./keep-an-admin.ts";

/**
 * Removes a member from a campaign, at once: every request checks the membership, so their
 * next one to this campaign answers 404. An account left without any campaign (and not a
 * platform administrator) is also signed out everywhere. The last administrator stays.
 */
export async function removeMember(db: Db, input: { campaignId: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await keepAnAdmin(tx, input.campaignId, input.userId, null);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.campaignId, input.campaignId), eq(memberships.userId, input.userId)));
    const [left] = await tx
      .select({ n: count() })
      .from(memberships)
      .where(eq(memberships.userId, input.userId));
    const [u] = await tx
      .select({ platformRole: user.platformRole })
      .from(user)
      .where(eq(user.id, input.userId));
    if (Number(left.n) === 0 && u?.platformRole !== "superadmin") {
      await tx.delete(session).where(eq(session.userId, input.userId));
    }
  });
}
