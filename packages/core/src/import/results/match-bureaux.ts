import { eq } from "drizzle-orm";
import { bureaux } from "../../db/schema/index.ts";
import type { BureauMatching } from "../summary.ts";
import { insertColumns, type Tx } from "../write/insert-columns.ts";

const SHOWN = 20;

/**
 * Matches an election's bureau codes to the campaign's bureau set: codes not in the set are
 * added to it (origin: the election), and the set's bureaux of the communes covered that
 * the election lacks are reported as absent. Nothing is matched by position or name.
 */
export async function matchBureaux(
  tx: Tx,
  campaignId: string,
  origin: string,
  codes: Map<string, string>,
): Promise<BureauMatching> {
  const existing = await tx
    .select({ code: bureaux.code, communeCode: bureaux.communeCode })
    .from(bureaux)
    .where(eq(bureaux.campaignId, campaignId));
  const known = new Set(existing.map((b) => b.code));
  const added = [...codes.keys()].filter((code) => !known.has(code)).sort();
  const communes = new Set(codes.values());
  const absent = existing
    .filter((b) => communes.has(b.communeCode) && !codes.has(b.code))
    .map((b) => b.code)
    .sort();
  await insertColumns(tx, "bureaux", [
    { name: "campaign_id", type: "text", values: added.map(() => campaignId) },
    { name: "code", type: "text", values: added },
    { name: "commune_code", type: "text", values: added.map((code) => codes.get(code)) },
    { name: "origin", type: "text", values: added.map(() => origin) },
  ]);
  return {
    matched: codes.size - added.length,
    added: added.length,
    absent: absent.length,
    addedCodes: added.slice(0, SHOWN),
    absentCodes: absent.slice(0, SHOWN),
  };
}
