import { and, eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { bureaux, iris, irisBureauWeights, irisValues } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import { DIMENSIONS, yearless } from "./demographics.ts";
import { type IrisProperties, irisProperties } from "./get-iris-map.ts";
import { MIN_CELL } from "./message-matrix.ts";

/** One census dimension of an IRIS: its groups with their counts, groups under MIN_CELL left out. */
export interface IrisDimension {
  dimension: string;
  label: string;
  groups: { key: string; label: string; count: number }[];
}

/** An IRIS's card: its census figures, its groups, and the bureaux its inhabitants vote in. */
export interface IrisDetail {
  code: string;
  name: string | null;
  /** The same figures as on the IRIS map (population, shares, median income). */
  figures: IrisProperties;
  demographics: IrisDimension[];
  /**
   * The bureaux this IRIS feeds, largest share first: shareOfIris is the part of the IRIS
   * carried to the bureau, shareOfBureau the part of the bureau that comes from this IRIS.
   */
  bureaux: {
    code: string;
    name: string | null;
    method: "addresses" | "area";
    shareOfIris: number;
    shareOfBureau: number;
  }[];
}

/**
 * The groups of one IRIS by the dimensions bureaux are described with (demographics.ts):
 * counts from its own INSEE variables, rounded; groups under MIN_CELL persons are withheld
 * and a dimension the census does not give (all zero) is left out.
 */
export function irisGroups(values: ReadonlyMap<string, number>): IrisDimension[] {
  const total = (names: readonly string[]) => names.reduce((s, v) => s + (values.get(v) ?? 0), 0);
  const out: IrisDimension[] = [];
  for (const [dimension, def] of Object.entries(DIMENSIONS)) {
    const counts = def.groups.map((g) =>
      Math.max(0, g.count ? g.count(values) : total(g.plus) - total(g.minus ?? [])),
    );
    if (!counts.some((c) => c > 0)) continue;
    out.push({
      dimension,
      label: def.label,
      groups: def.groups.flatMap((g, k) =>
        counts[k] >= MIN_CELL ? [{ key: g.key, label: g.label, count: Math.round(counts[k]) }] : [],
      ),
    });
  }
  return out;
}

/** An IRIS's card (404 when the campaign has no such IRIS). */
export async function getIrisDetail(db: Db, campaignId: string, code: string): Promise<IrisDetail> {
  const [row] = await db
    .select()
    .from(iris)
    .where(and(eq(iris.campaignId, campaignId), eq(iris.code, code)));
  if (!row) throw new AppError("not_found", `IRIS introuvable : ${code}.`);
  const rows = await db
    .select()
    .from(irisValues)
    .where(and(eq(irisValues.campaignId, campaignId), eq(irisValues.irisCode, code)));
  const values = new Map<string, number>();
  for (const v of rows) if (v.value !== null) values.set(yearless(v.variable), v.value);
  const weights = await db
    .select({
      code: irisBureauWeights.bureauCode,
      name: bureaux.label,
      method: irisBureauWeights.method,
      shareOfIris: irisBureauWeights.shareOfIris,
      shareOfBureau: irisBureauWeights.shareOfBureau,
    })
    .from(irisBureauWeights)
    .leftJoin(
      bureaux,
      and(
        eq(bureaux.campaignId, irisBureauWeights.campaignId),
        eq(bureaux.code, irisBureauWeights.bureauCode),
      ),
    )
    .where(and(eq(irisBureauWeights.campaignId, campaignId), eq(irisBureauWeights.irisCode, code)));
  weights.sort((a, b) => b.shareOfIris - a.shareOfIris || a.code.localeCompare(b.code));
  return {
    code: row.code,
    name: row.name,
    figures: irisProperties(row.code, row.name, values),
    demographics: irisGroups(values),
    bureaux: weights,
  };
}
