import type { i18n as I18n } from "i18next";
import type { AnalysisWarning } from "../../api/types.ts";
import { localeOf } from "../../format.ts";

/** Parameters that are percentages already (2.721 means 2.721 %), per warning code. */
const PERCENT_PARAMS: Record<string, readonly string[]> = {
  register_change: ["entries", "exits"],
  aggregation_bias: ["value"],
};

/**
 * A number of a warning the local way: a percentage with at most one decimal ("2,7" in
 * French, "2.7" in English), any other number as the engine gave it ("7,251" for an R-hat).
 */
export function warningNumber(value: number, percent: boolean, language: string): string {
  const format = new Intl.NumberFormat(localeOf(language), percent ? { maximumFractionDigits: 1 } : {});
  return format.format(value);
}

/**
 * A coded warning in the user's language ("analysis.warnings.<code>", numbers written the
 * local way, percentages with at most one decimal, plural on `units` or `cells`); the
 * engine's English text when the code is "other" or has no sentence.
 */
export function warningSentence(w: AnalysisWarning, i18n: Pick<I18n, "t" | "exists" | "language">): string {
  const key = `analysis.warnings.${w.code}`;
  const percents = PERCENT_PARAMS[w.code] ?? [];
  const params = Object.fromEntries(
    Object.entries(w.params).map(([k, v]) => [
      k,
      typeof v === "number" ? warningNumber(v, percents.includes(k), i18n.language) : v,
    ]),
  );
  const count = [w.params.units, w.params.cells].find((v) => typeof v === "number");
  const options = { ...params, count };
  return w.code !== "other" && i18n.exists(key, options) ? i18n.t(key, options) : w.text;
}
