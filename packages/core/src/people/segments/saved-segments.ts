import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/db-type.ts";
import { segments } from "../../db/schema/index.ts";
import { AppError } from "../../errors.ts";
import { parseSegmentCriteria, type SegmentCriteria } from "./segment-criteria.ts";

export interface SavedSegment {
  id: string;
  name: string;
  criteria: SegmentCriteria;
  createdAt: string;
}

/** Saves a named segment of the campaign (criteria validated: only the lawful ones). */
export async function saveSegment(
  db: Db,
  campaignId: string,
  input: { name: string; criteria: unknown; createdBy?: string | null },
): Promise<SavedSegment> {
  const criteria = parseSegmentCriteria(input.criteria);
  const [row] = await db
    .insert(segments)
    .values({ id: randomUUID(), campaignId, name: input.name, criteria, createdBy: input.createdBy ?? null })
    .returning();
  return { id: row.id, name: row.name, criteria, createdAt: row.createdAt.toISOString() };
}

/** The campaign's saved segments, oldest first; one by id when `id` is given (not_found otherwise). */
export async function listSegments(db: Db, campaignId: string, id?: string): Promise<SavedSegment[]> {
  const rows = await db
    .select()
    .from(segments)
    .where(and(eq(segments.campaignId, campaignId), id ? eq(segments.id, id) : undefined))
    .orderBy(asc(segments.createdAt));
  if (id && rows.length === 0) throw new AppError("not_found", "Segment introuvable.");
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    criteria: parseSegmentCriteria(r.criteria),
    createdAt: r.createdAt.toISOString(),
  }));
}
