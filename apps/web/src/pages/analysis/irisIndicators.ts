import type { IrisProperties } from "../../api/types.ts";
import { int, pct1 } from "./numbers.ts";

/** What the IRIS layer can be coloured by (census figures from the API). */
export const IRIS_INDICATORS = [
  "population",
  "share65",
  "shareUnder25",
  "shareCadres",
  "shareOuvriers",
  "shareDiplomeSup",
  "shareHlm",
  "medianIncome",
] as const;
export type IrisIndicator = (typeof IRIS_INDICATORS)[number];

/** The value of an IRIS indicator (shares as ratios, counts and euros as they are). */
export const irisValue = (p: IrisProperties, indicator: IrisIndicator): number | null => p[indicator];

/** The value as a French reader writes it: "1 234", "18,2 %", "21 450 €". */
export function formatIris(value: number | null, indicator: IrisIndicator, language = "fr"): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (indicator === "population") return int(value, language);
  if (indicator === "medianIncome") return `${int(value, language)}\u00a0€`;
  return pct1(value, language);
}
