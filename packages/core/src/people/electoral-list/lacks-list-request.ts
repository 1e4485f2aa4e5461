import { eq } from "drizzle-orm";
import { parseTerritory } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { campaigns } from "../../db/schema/index.ts";
import { detectFormat } from "../../import/detect-format.ts";
import { latestListRequest } from "./list-request.ts";

/**
 * Whether importing these files would use an electoral list without an L.37 request: one
 * of them is a list and the chosen campaign (if any) has recorded no request. The
 * command line then refuses before anything is written (not even the campaign).
 */
export async function lacksListRequest(
  db: Db,
  choice: { territory?: string; campaignId?: string },
  files: readonly string[],
): Promise<boolean> {
  let list = false;
  for (const file of files) {
    const detected = await detectFormat(file).catch(() => null);
    if (detected && "source" in detected) detected.source.close();
    if (detected?.kind === "electoral-list") list = true;
  }
  if (!list || (choice.territory === undefined && choice.campaignId === undefined)) return false;
  const found = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(
      choice.campaignId !== undefined
        ? eq(campaigns.id, choice.campaignId)
        : eq(campaigns.territory, parseTerritory(choice.territory ?? "").territory),
    );
  // Several campaigns on the territory: importFiles asks which one (--campaign).
  if (found.length > 1) return false;
  return found.length === 0 || (await latestListRequest(db, found[0].id)) === null;
}
