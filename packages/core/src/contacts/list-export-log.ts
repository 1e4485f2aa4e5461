import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { exportLog, user } from "../db/schema/index.ts";

export interface ExportLogEntry {
  id: number;
  at: Date;
  userId: string | null;
  userName: string | null;
  kind: string;
  criteria: unknown;
  rows: number;
}

/** The campaign's exports of people data, newest first: who, when, what, how many rows. */
export async function listExportLog(db: Db, campaignId: string, limit = 200): Promise<ExportLogEntry[]> {
  return db
    .select({
      id: exportLog.id,
      at: exportLog.at,
      userId: exportLog.userId,
      userName: user.name,
      kind: exportLog.kind,
      criteria: exportLog.criteria,
      rows: exportLog.rows,
    })
    .from(exportLog)
    .leftJoin(user, eq(user.id, exportLog.userId))
    .where(eq(exportLog.campaignId, campaignId))
    .orderBy(desc(exportLog.at), desc(exportLog.id))
    .limit(limit);
}
