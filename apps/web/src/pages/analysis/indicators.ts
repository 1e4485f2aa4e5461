import type { BureauProperties } from "../../api/types.ts";
import { decimal, int, pct1 } from "./numbers.ts";

/** What the map can be coloured by (all figures come from the API). */
export const INDICATORS = ["priority", "turnout", "ourScore", "mobilisation", "persuasion"] as const;
export type Indicator = (typeof INDICATORS)[number];

/** The value of an indicator for a bureau, in the unit the legend shows. */
export function indicatorValue(p: BureauProperties, indicator: Indicator): number | null {
  switch (indicator) {
    case "priority":
      // Expected votes gained per door, shown per 100 doors knocked (a figure one can picture).
      return p.priority === null ? null : p.priority * 100;
    default:
      return p[indicator];
  }
}

/** The indicator's value as a French reader writes it. */
export function formatIndicator(value: number | null, indicator: Indicator, language = "fr"): string {
  switch (indicator) {
    case "turnout":
    case "ourScore":
      return pct1(value, language);
    case "priority":
      return decimal(value, 1, language);
    default:
      return int(value, language);
  }
}
