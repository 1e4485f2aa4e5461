import type { campaigns } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";

export type TerritoryKind = (typeof campaigns.$inferSelect)["territoryKind"];

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
