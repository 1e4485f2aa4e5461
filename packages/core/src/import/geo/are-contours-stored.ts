import { eq } from "drizzle-orm";
import type { Db } from "../../db/db-type.ts";
import { bureaux, iris } from "../../db/schema/index.ts";
import type { ContourFile } from "./read-geojson.ts";

/**
 * Whether the campaign still holds every contour of a file as it was read (same codes, same
 * geometry): what lets a re-import of the same bytes be `unchanged`, and not when a later
 * file, or a damaged row, changed them since.
 */
export async function areContoursStored(db: Db, campaignId: string, read: ContourFile): Promise<boolean> {
  const table = read.kind === "bureau-contours" ? bureaux : iris;
  const rows = await db
    .select({ code: table.code, geometry: table.geometry })
    .from(table)
    .where(eq(table.campaignId, campaignId));
  const stored = new Map(rows.map((r) => [r.code, r.geometry]));
  return read.contours.every((c) => {
    const g = stored.get(c.code);
    return (
      g?.type === c.geometry.type && JSON.stringify(g.coordinates) === JSON.stringify(c.geometry.coordinates)
    );
  });
}
