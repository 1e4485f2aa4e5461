import type { TransferResult } from "@terrain/core/src/analysis/index.ts";
import { frenchWarning } from "./warning-french.ts";

/** One bureau as `terrain analyze` lists it (the --json entry, nulls when the analysis left it out). */
export interface AnalyzeEntry {
  code: string;
  rank: number | null;
  score: number | null;
  lower: number | null;
  upper: number | null;
  mobilisation: number | null;
  persuasion: number | null;
}

/**
 * French numbers for a terminal: decimal comma, and an ordinary space between thousands
 * (Intl's narrow no-break space is not in every terminal font).
 */
function fr(value: number | null, digits: number): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(value)
    .replace(/[\u202f\u00a0]/g, " ");
}

/** The later election's lists of the given keys, by their labels (keys of merged lists stay as they are). */
function listNames(result: TransferResult, keys: readonly string[]): string {
  return keys.map((k) => result.labels.cols.find((c) => c.key === k)?.label ?? k).join(", ");
}

/**
 * The human output of `terrain analyze`, in French: the elections and method, our side and the
 * lists within reach, the bureaux by rank with the votes gained per 100 doors (as on the screen
 * and in the PDF report) and its interval, mobilisation and persuasion in voters, then the back-test
 * and the analysis' warnings in French.
 */
export function analyzeText(
  result: TransferResult,
  analysisId: string,
  bureaux: readonly AnalyzeEntry[],
): string {
  const lines = [
    `${result.from.label} → ${result.to.label} (${result.transfer.method}), analyse ${analysisId}`,
    `Notre camp : ${listNames(result, result.side.to) || "—"} · listes proches : ${listNames(result, result.reach?.to ?? []) || "aucune"}`,
    `${"rang".padStart(4)}  ${"bureau".padEnd(12)}  ${"voix/100 portes".padStart(15)}  ${"intervalle".padEnd(13)}  ${"mobilisation".padStart(12)}  ${"persuasion".padStart(10)}`,
  ];
  const ranked = bureaux.filter((b) => b.rank !== null).sort((a, c) => (a.rank ?? 0) - (c.rank ?? 0));
  const per100 = (v: number | null) => (v === null ? null : 100 * v);
  for (const b of ranked) {
    const interval = `${fr(per100(b.lower), 1)} à ${fr(per100(b.upper), 1)}`;
    lines.push(
      `${String(b.rank).padStart(4)}  ${b.code.padEnd(12)}  ${fr(per100(b.score), 1).padStart(15)}  ${interval.padEnd(13)}  ${fr(b.mobilisation, 0).padStart(12)}  ${fr(b.persuasion, 0).padStart(10)}`,
    );
  }
  const left = bureaux.length - ranked.length;
  if (left > 0)
    lines.push(`${left} bureau${left > 1 ? "x" : ""} de la campagne hors de l'analyse, sans rang`);
  const bt = result.backtest;
  if (bt) {
    lines.push(
      `Vérification sur le passé : score calculé sur ${bt.from} → ${bt.to}, comparé à la progression de notre camp à ${bt.next} : ρ de Spearman = ${bt.rho === null ? "non calculable" : fr(bt.rho, 2)} (${bt.bureaux} bureaux)`,
    );
  }
  const warnings = result.warningCodes ?? [];
  if (warnings.length > 0) {
    lines.push("Avertissements :");
    for (const w of warnings) lines.push(`- ${frenchWarning(w)}`);
  }
  return `${lines.join("\n")}\n`;
}
