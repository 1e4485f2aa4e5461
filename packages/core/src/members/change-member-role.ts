import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { memberships } from "../db/schema/index.ts";
import type { Role } from "../policies/can.ts";
import { keepAnAdmin } from "./keep-an-admin.ts";

/** Gives a member another role in the campaign; the last administrator cannot be demoted. */
export async function changeMemberRole(
  db: Db,
  input: { campaignId: string; userId: string; role: Role },
): Promise<void> {
  await db.transaction(async (tx) => {
    await keepAnAdmin(tx, input.campaignId, input.userId, input.role);
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.campaignId, input.campaignId), eq(memberships.userId, input.userId)));
  });
}
