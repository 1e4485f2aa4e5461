import type { i18n as I18n } from "i18next";
import type { AnalysisWarning } from "./types.ts";

/**
 * A coded warning in the user's language ("analysis.warnings.<code>", numbers written the
 * local way, plural on `units` or `cells`); the engine's English text when the code is
 * "other" or has no sentence.
 */
export function warningSentence(w: AnalysisWarning, i18n: Pick<I18n, "t" | "exists" | "language">): string {
  const key = `analysis.warnings.${w.code}`;
  const params = Object.fromEntries(
    Object.entries(w.params).map(([k, v]) => [
      k,
      typeof v === "number" ? v.toLocaleString(i18n.language) : v,
    ]),
  );
  const count = [w.params.units, w.params.cells].find((v) => typeof v === "number");
  const options = { ...params, count };
  return w.code !== "other" && i18n.exists(key, options) ? i18n.t(key, options) : w.text;
}
