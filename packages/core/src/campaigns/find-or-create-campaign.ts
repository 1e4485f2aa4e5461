import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { campaigns } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

export type Campaign = typeof campaigns.$inferSelect;
export type TerritoryKind = Campaign["territoryKind"];

/** Tells a commune INSEE code, a département code or "FR" apart; throws on anything else. */
export function parseTerritory(territory: string): { territory: string; kind: TerritoryKind } {
  const t = territory.trim().toUpperCase();
  if (t === "FR") return { territory: t, kind: "pays" };
  if (/^(\d{2}|2A|2B|97\d)$/.test(t)) return { territory: t, kind: "departement" };
  if (/^(\d{5}|2A\d{3}|2B\d{3})$/.test(t)) return { territory: t, kind: "commune" };
  throw new AppError(
    "bad_request",
    `territory: "${territory}" is not a commune INSEE code (29019), a département (29) or FR`,
  );
}

/** The campaign of a territory, created when missing (named after the territory unless a name is given). */
export async function findOrCreateCampaign(
  db: Db,
  input: { territory: string; name?: string; isDemo?: boolean },
): Promise<Campaign> {
  const { territory, kind } = parseTerritory(input.territory);
  const existing = await db.select().from(campaigns).where(eq(campaigns.territory, territory)).limit(1);
  if (existing[0]) return existing[0];
  const [created] = await db
    .insert(campaigns)
    .values({
      id: randomUUID(),
      name: input.name ?? `Campagne ${territory}`,
      territory,
      territoryKind: kind,
      isDemo: input.isDemo ?? false,
    })
    .returning();
  return created;
}
