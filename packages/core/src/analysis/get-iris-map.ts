import { eq } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import type { PolygonGeometry } from "../db/schema/geo.ts";
import { iris, irisValues } from "../db/schema/index.ts";
import { valuesByIris } from "./demographics.ts";
import { roundGeometry } from "./get-bureaux-map.ts";
import { MIN_CELL } from "./message-matrix.ts";

/** The figures of one IRIS on the map; a share is null when its group counts under MIN_CELL persons. */
export interface IrisProperties {
  code: string;
  name: string | null;
  /** Inhabitants (P_POP), null when the census table is not imported. */
  population: number | null;
  /** Inhabitants aged 65 or more, share of the population. */
  share65: number | null;
  /** Persons under 25 (0-24), share of the population. */
  shareUnder25: number | null;
  /** Cadres (CS3) among persons 15+. */
  shareCadres: number | null;
  /** Ouvriers (CS6) among persons 15+. */
  shareOuvriers: number | null;
  /** Persons 15+ out of school with a higher-education diploma (bac + 2 or more). */
  shareDiplomeSup: number | null;
  /** Persons in main homes renting social housing (HLM). */
  shareHlm: number | null;
  /** FiLoSoFi median disposable income per consumption unit (€/year), when INSEE publishes it. */
  medianIncome: number | null;
}

export interface IrisMap {
  type: "FeatureCollection";
  features: { type: "Feature"; id: string; geometry: PolygonGeometry | null; properties: IrisProperties }[];
}

const sum = (v: ReadonlyMap<string, number>, names: string[]): number | null => {
  const present = names.filter((n) => v.has(n));
  return present.length === 0 ? null : present.reduce((s, n) => s + (v.get(n) ?? 0), 0);
};

/** part / whole, or null when either is missing, the whole is empty, or the part is a group under MIN_CELL. */
function share(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0 || part < MIN_CELL) return null;
  return Math.min(1, part / whole);
}

/** The map figures of an IRIS from its yearless INSEE variables (demographics.ts naming). */
export function irisProperties(
  code: string,
  name: string | null,
  v: ReadonlyMap<string, number>,
): IrisProperties {
  const pop = v.get("P_POP") ?? null;
  const pop15 = sum(v, ["C_POP15P"]);
  const nscol = sum(v, ["P_NSCOL15P"]);
  const households = sum(v, ["P_NPER_RP"]);
  const properties: IrisProperties = {
    code,
    name,
    population: pop === null ? null : Math.round(pop),
    share65: share(sum(v, ["P_POP65P"]), pop),
    shareUnder25: share(
      v.has("P_POP0014") && v.has("P_POP1524") ? sum(v, ["P_POP0014", "P_POP1524"]) : null,
      pop,
    ),
    shareCadres: share(sum(v, ["C_POP15P_CS3"]), pop15),
    shareOuvriers: share(sum(v, ["C_POP15P_CS6"]), pop15),
    shareDiplomeSup: share(sum(v, ["P_NSCOL15P_SUP2", "P_NSCOL15P_SUP34", "P_NSCOL15P_SUP5"]), nscol),
    shareHlm: share(sum(v, ["P_NPER_RP_LOCHLMV"]), households),
    medianIncome: v.get("DISP_MED") ?? null,
  };
  return properties;
}

/**
 * The campaign's IRIS as a GeoJSON FeatureCollection (WGS84) for a choropleth: contour (to
 * about 1 m, roundGeometry) and a few census figures per IRIS. Shares of groups under MIN_CELL persons are withheld (null),
 * as every aggregate Terrain shows.
 */
export async function getIrisMap(db: Db, campaignId: string): Promise<IrisMap> {
  const rows = await db.select().from(iris).where(eq(iris.campaignId, campaignId)).orderBy(iris.code);
  const values = await db.select().from(irisValues).where(eq(irisValues.campaignId, campaignId));
  const byIris = valuesByIris(values);
  return {
    type: "FeatureCollection",
    features: rows.map((r) => ({
      type: "Feature",
      id: r.code,
      geometry: r.geometry ? roundGeometry(r.geometry) : null,
      properties: irisProperties(r.code, r.name, byIris.get(r.code) ?? new Map()),
    })),
  };
}
