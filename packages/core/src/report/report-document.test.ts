import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportData } from "./load-report-data.ts";
import { countPdfPages, extractPdfText } from "./pdf-text.ts";
import { renderReportPdf } from "./render-report-pdf.ts";
import { persuasionText } from "./report-document.ts";

const interval = (value: number) => ({ value, lower: value * 0.8, upper: value * 1.2 });

/** A report of a commune with a wide matrix (rows × cols) and ten priority bureaux. */
function reportData(rows: number, cols: number, reach: string[], reachLists: string[]): ReportData {
  return {
    campaign: { name: "Kerbrenn 2026", territory: "29999", isDemo: true },
    from: "Législatives 2024, 1er tour",
    to: "Municipales 2026, 1er tour",
    method: "lphom",
    seed: 1,
    date: new Date("2026-11-28T12:00:00Z"),
    side: ["UG", "LUG"],
    reach,
    reachLists,
    rows: Array.from({ length: rows }, (_, i) => `LISTE DE DÉPART NUMÉRO ${i + 1} (DIV)`),
    cols: Array.from({ length: cols }, (_, j) => `LISTE D'ARRIVÉE ${j + 1}`),
    cells: Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => ({ value: 0.123, lower: 0.05, upper: 0.31 })),
    ),
    priorities: Array.from({ length: 10 }, (_, k) => ({
      code: `29999_${String(k + 1).padStart(4, "0")}`,
      name: `École élémentaire du quartier ${k + 1}`,
      inscrits: 1200,
      turnout: 0.52,
      ourScore: 0.31,
      mobilisation: interval(150),
      persuasion: interval(90),
      doors: 600,
      doorsSource: "households" as const,
      gainPerDoor: interval(0.0215),
      rank: k + 1,
    })),
    bureauCount: 40,
    backtest: null,
  };
}

async function reportText(d: ReportData): Promise<{ pages: number; flat: string }> {
  const pdf = await renderReportPdf(d, { compress: false });
  // pdfmake may break a line after a dash: the extraction then puts a space there
  const flat = extractPdfText(pdf)
    .replace(/\s+/g, " ")
    .replace(/([–-]) /g, "$1");
  return { pages: countPdfPages(pdf), flat };
}

describe("the report's lists within reach", () => {
  it("names the lists within reach beside our side and in the formula of persuasion", async () => {
    const lists = ["KERBRENN ÉCOLOGIE (LECO)", "KERBRENN INSOUMISE (LFI)"];
    const { flat } = await reportText(reportData(6, 5, ["LECO", "LFI"], lists));
    expect(flat).toContain("notre camp : UG, LUG · listes proches : LECO, LFI · 40 bureaux");
    expect(flat).toContain(
      "Persuasion = nos électeurs (Législatives 2024, 1er tour) qui ont voté pour une autre liste (Municipales 2026, 1er tour), plus les électeurs des listes proches (KERBRENN ÉCOLOGIE (LECO), KERBRENN INSOUMISE (LFI)) qui ne votaient pas pour nous.",
    );
    expect(flat).toContain("Voix par porte = (7 % de la mobilisation + 3 % de la persuasion) ÷ portes.");
  });

  it("says that no list within reach was chosen, and names none", async () => {
    const { flat } = await reportText(reportData(6, 5, [], []));
    expect(flat).toContain("notre camp : UG, LUG · 40 bureaux");
    expect(flat).not.toContain("listes proches :");
    expect(flat).toContain(
      "qui ont voté pour une autre liste (Municipales 2026, 1er tour) (aucune liste proche choisie).",
    );
  });

  it("keeps to one page with the widest matrix of the 6-point type and several lists within reach", async () => {
    // 14 rows × 9 columns is the largest matrix set in 6 pt (report-document.ts: matrixTable)
    const lists = ["KERBRENN ÉCOLOGIE (LECO)", "KERBRENN INSOUMISE (LFI)", "GAUCHE CITOYENNE (LDVG)"];
    const bias = { cells: 3, row: "Abstention", col: "Abstention", value: 121.4 };
    const { pages, flat } = await reportText({ ...reportData(14, 9, ["LECO", "LFI", "LDVG"], lists), bias });
    expect(flat).toContain("GAUCHE CITOYENNE (LDVG)) qui ne votaient pas pour nous.");
    expect(flat).toContain("dont « Abstention » vers « Abstention » 121,4 %");
    expect(flat).toContain("29999_0010");
    expect(pages).toBe(1);
  });

  it("writes the same sentence as the ranked-bureaux screen (fr.json analysis.priority)", () => {
    const fr = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../../../../apps/web/src/i18n/fr.json"), "utf8"),
    );
    const screen = (key: "persuasion" | "persuasionNoReach", lists = "") =>
      (fr.analysis.priority[key] as string)
        .replace("{{from}}", "A")
        .replace("{{to}}", "B")
        .replace("{{lists}}", lists);
    const nbsp = (s: string) => s.replace(/\u00a0/g, " ");
    expect(nbsp(persuasionText({ from: "A", to: "B", reachLists: ["C", "D"] }))).toBe(
      screen("persuasion", "C, D"),
    );
    expect(nbsp(persuasionText({ from: "A", to: "B", reachLists: [] }))).toBe(screen("persuasionNoReach"));
  });
});

describe("the report's aggregation-bias caveat", () => {
  it("follows the method when the analysis raised it, and is absent otherwise", async () => {
    const bias = { cells: 1, row: "Abstention", col: "Abstention", value: 106.8 };
    const { flat } = await reportText({ ...reportData(6, 5, [], []), bias });
    expect(flat).toContain(
      "Biais d'agrégation probable (Goodman : un taux hors de [0, 1], dont « Abstention » vers « Abstention » 106,8 %) : lisez les ordres de grandeur, pas les décimales.",
    );
    expect(flat.indexOf("Biais d'agrégation")).toBeGreaterThan(flat.indexOf("Inférence écologique"));
    expect((await reportText(reportData(6, 5, [], []))).flat).not.toContain("Biais d'agrégation");
  });
});

describe("characters the report's font lacks", () => {
  it("draws them as � and says which, instead of dropping them silently", async () => {
    const d = reportData(6, 5, [], []);
    d.campaign = { ...d.campaign, name: "Liste 中文 Kerbrenn" };
    d.priorities[0] = { ...d.priorities[0], name: "École 😀" };
    d.rows[0] = "Гагарин";
    const { flat, pages } = await reportText(d);
    expect(flat).toContain("Rapport d'analyse — Liste �� Kerbrenn");
    expect(flat).toContain("29999_0001 · École �");
    expect(flat).toContain("Гагарин"); // Roboto has Cyrillic: kept
    expect(flat).toContain("remplacés par « � » : U+4E2D, U+6587, U+1F600");
    expect(pages).toBe(1);
    expect((await reportText(reportData(6, 5, [], []))).flat).not.toContain("ne sait pas dessiner");
  });
});
