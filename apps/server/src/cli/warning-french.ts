import type { AnalysisWarning } from "@terrain/core/src/analysis/warning-codes.ts";
import fr from "../../../web/src/i18n/fr.json" with { type: "json" };

/** The web's French sentences of analysis warnings: one wording for the screens and the CLI. */
const SENTENCES: Record<string, string> = fr.analysis.warnings;

const number = (v: number) =>
  new Intl.NumberFormat("fr-FR", {
    maximumFractionDigits: Number.isInteger(v) ? 0 : Math.abs(v) < 10 ? 3 : 1,
  })
    .format(v)
    .replace(/[\u202f\u00a0]/g, " ");

/**
 * A coded analysis warning in French for the terminal, from the web's sentence
 * ("analysis.warnings.<code>", `_one`/`_other` on `units` or `cells`, {{param}} filled in),
 * or the engine's English text when the code has no sentence.
 */
export function frenchWarning(w: AnalysisWarning): string {
  const count = [w.params.units, w.params.cells].find((v) => typeof v === "number");
  const key = count === undefined ? w.code : `${w.code}_${count === 1 ? "one" : "other"}`;
  const sentence = SENTENCES[key] ?? SENTENCES[w.code];
  if (!sentence || w.code === "other") return w.text;
  const params: Record<string, string | number> = { ...w.params, ...(count === undefined ? {} : { count }) };
  return sentence.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === "number" ? number(v) : v;
  });
}
