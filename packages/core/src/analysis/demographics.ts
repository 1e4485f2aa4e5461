import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/db-type.ts";
import { irisBureauWeights, irisValues } from "../db/schema/index.ts";
import { INCOME_BANDS, incomeBandShares } from "./income-bands.ts";

/** A voter group defined on INSEE base-ic variables: the sum of `plus` minus the sum of `minus`. */
export interface GroupDef {
  key: string;
  label: string;
  plus: string[];
  minus?: string[];
  /** Instead of plus/minus: a count computed from the IRIS's variables (income bands). */
  count?: (iris: ReadonlyMap<string, number>) => number;
}

const ADULTS = ["P_POP1824", "P_POP2539", "P_POP4054", "P_POP5564", "P_POP6579", "P_POP80P"];
const adultsOf = (iris: ReadonlyMap<string, number>) => ADULTS.reduce((s, v) => s + (iris.get(v) ?? 0), 0);
const decilesOf = (iris: ReadonlyMap<string, number>) =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => iris.get(k === 5 ? "DISP_MED" : `DISP_D${k}`));

/**
 * The group dimensions Terrain reads from the INSEE IRIS tables (base-ic 2021 names; the
 * year prefix P21/C21 is matched on any year). Age bands are those of adults (18+);
 * CSP and sex of persons 15+; diplomas of persons 15+ out of school; housing tenure of
 * persons in main homes (renters exclude social housing, counted apart); income bands of
 * adults from the IRIS's FiLoSoFi deciles (income-bands.ts).
 */
export const DIMENSIONS: Record<string, { label: string; groups: GroupDef[] }> = {
  age: {
    label: "Âge",
    groups: [
      { key: "18-24", label: "18-24 ans", plus: ["P_POP1824"] },
      { key: "25-39", label: "25-39 ans", plus: ["P_POP2539"] },
      { key: "40-54", label: "40-54 ans", plus: ["P_POP4054"] },
      { key: "55-64", label: "55-64 ans", plus: ["P_POP5564"] },
      { key: "65-79", label: "65-79 ans", plus: ["P_POP6579"] },
      { key: "80+", label: "80 ans ou plus", plus: ["P_POP80P"] },
    ],
  },
  csp: {
    label: "Catégorie socioprofessionnelle",
    groups: [
      ["CS1", "Agriculteurs"],
      ["CS2", "Artisans, commerçants, chefs d'entreprise"],
      ["CS3", "Cadres"],
      ["CS4", "Professions intermédiaires"],
      ["CS5", "Employés"],
      ["CS6", "Ouvriers"],
      ["CS7", "Retraités"],
      ["CS8", "Autres sans activité"],
    ].map(([key, label]) => ({ key, label, plus: [`C_POP15P_${key}`] })),
  },
  diplome: {
    label: "Diplôme",
    groups: [
      ["DIPLMIN", "Sans diplôme ou CEP"],
      ["BEPC", "BEPC, brevet"],
      ["CAPBEP", "CAP, BEP"],
      ["BAC", "Baccalauréat"],
      ["SUP2", "Bac + 2"],
      ["SUP34", "Bac + 3 ou 4"],
      ["SUP5", "Bac + 5 ou plus"],
    ].map(([key, label]) => ({ key, label, plus: [`P_NSCOL15P_${key}`] })),
  },
  sexe: {
    label: "Sexe",
    groups: [
      { key: "Hommes", label: "Hommes", plus: ["C_H15P"] },
      { key: "Femmes", label: "Femmes", plus: ["C_F15P"] },
    ],
  },
  revenu: {
    label: "Revenu disponible par unité de consommation",
    groups: INCOME_BANDS.map((b, i) => ({
      key: b.key,
      label: b.label,
      plus: [],
      count: (iris: ReadonlyMap<string, number>) =>
        (incomeBandShares(decilesOf(iris))?.[i] ?? 0) * adultsOf(iris),
    })),
  },
  logement: {
    label: "Logement",
    groups: [
      { key: "proprietaire", label: "Propriétaires", plus: ["P_NPER_RP_PROP"] },
      {
        key: "locataire",
        label: "Locataires (hors HLM)",
        plus: ["P_NPER_RP_LOC"],
        minus: ["P_NPER_RP_LOCHLMV"],
      },
      { key: "hlm", label: "Locataires HLM", plus: ["P_NPER_RP_LOCHLMV"] },
      { key: "gratuit", label: "Logés gratuitement", plus: ["P_NPER_RP_GRAT"] },
    ],
  },
};

/** Households (main homes), to count doors. */
const HOUSEHOLDS = "P_RP";

/** "P21_POP1824" → "P_POP1824", "DISP_D121" → "DISP_D1": the variable without its year. */
export const yearless = (variable: string) =>
  variable.replace(/^([PC])\d{2}_/, "$1_").replace(/^(DISP_[A-Z0-9]*?)\d{2}$/, "$1");

/** Census values by IRIS, each variable without its year (yearless); null values left out. */
export function valuesByIris(
  values: readonly { irisCode: string; variable: string; value: number | null }[],
): Map<string, Map<string, number>> {
  const byIris = new Map<string, Map<string, number>>();
  for (const v of values) {
    if (v.value === null) continue;
    let m = byIris.get(v.irisCode);
    if (!m) {
      m = new Map();
      byIris.set(v.irisCode, m);
    }
    m.set(yearless(v.variable), v.value);
  }
  return byIris;
}

export interface BureauDemographics {
  /** Bureau code → dimension → group counts (in DIMENSIONS order). */
  groups: Map<string, Record<string, number[]>>;
  /** Bureau code → households (main homes) carried from IRIS, when the census gives them. */
  households: Map<string, number>;
}

/**
 * Carries IRIS counts to bureaux: count(bureau) = Σ_iris count(iris) × shareOfIris, with
 * the iris_bureau_weights built at import (addresses, else overlap areas). Bureaux
 * without any weight are absent. With `only`, reads just that bureau's weights and IRIS
 * (a bureau's card on a large commune).
 */
export async function loadBureauDemographics(
  db: Db,
  campaignId: string,
  only?: string,
): Promise<BureauDemographics> {
  const weights = await db
    .select()
    .from(irisBureauWeights)
    .where(
      and(
        eq(irisBureauWeights.campaignId, campaignId),
        only === undefined ? undefined : eq(irisBureauWeights.bureauCode, only),
      ),
    );
  const irisCodes = [...new Set(weights.map((w) => w.irisCode))];
  if (only !== undefined && irisCodes.length === 0) return { groups: new Map(), households: new Map() };
  const values = await db
    .select()
    .from(irisValues)
    .where(
      and(
        eq(irisValues.campaignId, campaignId),
        only === undefined ? undefined : inArray(irisValues.irisCode, irisCodes),
      ),
    );
  const byIris = valuesByIris(values);
  const groups = new Map<string, Record<string, number[]>>();
  const households = new Map<string, number>();
  for (const w of weights) {
    const iris = byIris.get(w.irisCode);
    if (!iris) continue;
    let g = groups.get(w.bureauCode);
    if (!g) {
      g = Object.fromEntries(Object.entries(DIMENSIONS).map(([d, def]) => [d, def.groups.map(() => 0)]));
      groups.set(w.bureauCode, g);
    }
    for (const [d, def] of Object.entries(DIMENSIONS)) {
      def.groups.forEach((grp, k) => {
        const count = grp.count
          ? grp.count(iris)
          : grp.plus.reduce((s, v) => s + (iris.get(v) ?? 0), 0) -
            (grp.minus ?? []).reduce((s, v) => s + (iris.get(v) ?? 0), 0);
        g[d][k] += Math.max(0, count) * w.shareOfIris;
      });
    }
    const rp = iris.get(HOUSEHOLDS);
    if (rp !== undefined)
      households.set(w.bureauCode, (households.get(w.bureauCode) ?? 0) + rp * w.shareOfIris);
  }
  // a dimension the census does not give (all zero everywhere) is dropped
  for (const d of Object.keys(DIMENSIONS)) {
    const any = [...groups.values()].some((g) => g[d].some((v) => v > 0));
    if (!any) for (const g of groups.values()) delete g[d];
  }
  return { groups, households };
}
