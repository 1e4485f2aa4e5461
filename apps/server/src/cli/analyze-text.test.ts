import type { TransferResult } from "@terrain/core/src/analysis/index.ts";
import { codeWarnings } from "@terrain/core/src/analysis/warning-codes.ts";
import { describe, expect, it } from "vitest";
import { type AnalyzeEntry, analyzeText } from "./analyze-text.ts";

const list = (key: string, label: string, nuance: string) => ({ key, label, nuance, kind: "list" as const });

/** Only what the text reads of a result: elections, method, lists, side, reach, back-test. */
function result(reach: string[] | undefined, rho: number | null): TransferResult {
  return {
    from: { id: "leg2024t1", label: "Législatives 2024, 1er tour" },
    to: { id: "mun2026t1", label: "Municipales 2026, 1er tour" },
    transfer: { method: "lphom" },
    labels: {
      rows: [],
      cols: [list("L1", "KERBRENN EN COMMUN", "LUG"), list("L2", "KERBRENN ÉCOLOGIE", "LECO")],
    },
    side: { from: ["C1"], to: ["L1"] },
    reach: reach ? { from: [], to: reach } : undefined,
    backtest: { from: "pres2022t1", to: "leg2024t1", next: "leg2024t2", method: "lphom", rho, bureaux: 8 },
  } as unknown as TransferResult;
}

const entry = (code: string, rank: number | null, score: number | null): AnalyzeEntry => ({
  code,
  rank,
  score,
  lower: score === null ? null : score / 2,
  upper: score === null ? null : score * 2,
  mobilisation: score === null ? null : 1234.4,
  persuasion: score === null ? null : 87.6,
});

describe("the French output of terrain analyze", () => {
  it("says the elections, our side and the lists within reach, in French", () => {
    const lines = analyzeText(result(["L2"], 0.5123), "job-1", []).split("\n");
    expect(lines[0]).toBe("Législatives 2024, 1er tour → Municipales 2026, 1er tour (lphom), analyse job-1");
    expect(lines[1]).toBe("Notre camp : KERBRENN EN COMMUN · listes proches : KERBRENN ÉCOLOGIE");
    expect(lines[2]).toMatch(/^rang {2}bureau +voix\/100 portes {2}intervalle +mobilisation {2}persuasion$/);
    const none = analyzeText(result(undefined, 0.5), "job-2", []);
    expect(none).toContain("listes proches : aucune");
  });

  it("lists the bureaux by rank in votes per 100 doors with a decimal comma, the unranked counted apart", () => {
    const bureaux = [
      entry("29999_0002", 2, 0.01),
      entry("29999_0001", 1, 0.02154),
      entry("29999_0003", null, null),
    ];
    const lines = analyzeText(result([], 0.5), "j", bureaux).split("\n");
    // 0.02154 votes per door = 2,2 per 100 doors, interval [0.01077, 0.04308] = 1,1 à 4,3
    expect(lines[3].split(/ {2,}/)).toEqual(["", "1", "29999_0001", "2,2", "1,1 à 4,3", "1 234", "88"]);
    expect(lines[4].split(/ {2,}/)).toEqual(["", "2", "29999_0002", "1,0", "0,5 à 2,0", "1 234", "88"]);
    expect(lines[5]).toBe("1 bureau de la campagne hors de l'analyse, sans rang");
  });

  it("gives the back-test's rank correlation in French, or says it could not be computed", () => {
    expect(analyzeText(result([], 0.5123), "j", [])).toContain(
      "Vérification sur le passé : score calculé sur pres2022t1 → leg2024t1, comparé à la progression de notre camp à leg2024t2 : ρ de Spearman = 0,51 (8 bureaux)",
    );
    expect(analyzeText(result([], null), "j", [])).toContain("ρ de Spearman = non calculable");
  });
});

describe("the analysis' warnings in the French output", () => {
  it("words each coded warning in French from the engine's text, the unknown ones kept as written", () => {
    const texts = [
      "aggregation bias likely: 2 Goodman coefficient(s) significantly outside [0, 1] (worst Abstentions→Abstentions = 106.8 %); rates vary with the units' composition and intervals are too narrow",
      "chains have not converged: max R-hat 1.342 > 1.1; run longer",
      "something the engine says for the first time",
    ];
    const r = { ...result([], 0.5), warningCodes: codeWarnings(texts) } as TransferResult;
    const text = analyzeText(r, "j", []);
    const lines = text.split("\n");
    const at = lines.indexOf("Avertissements :");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(
      /^- Biais d'agrégation probable : .*2 taux .*Abstentions → Abstentions = 106,8 %/,
    );
    expect(lines[at + 2]).toMatch(/^- .*1,342/);
    expect(lines[at + 2]).not.toContain("chains have not converged");
    expect(lines[at + 3]).toBe("- something the engine says for the first time");
    expect(analyzeText(result([], 0.5), "j", [])).not.toContain("Avertissements");
  });
});
