import { describe, expect, it } from "vitest";
import { FRENCH_IMPORT_MESSAGES, frenchImportMessage } from "./import-messages.ts";
import { createFileIssues, formatIssues, putIssues } from "./issues.ts";
import { emptySummary } from "./summary.ts";

describe("import issues", () => {
  it("writes each error as file:line:column: then French, and keeps its code and place", () => {
    const issues = createFileIssues("leg2024_t1.csv");
    issues.error(12, "Voix 3", "not_whole_number", { value: "abc" });
    expect(issues.errors).toEqual(["leg2024_t1.csv:12:Voix 3: pas un nombre entier : « abc »"]);
    expect(issues.errorCodes).toEqual([
      {
        code: "not_whole_number",
        params: { value: "abc" },
        file: "leg2024_t1.csv",
        line: 12,
        column: "Voix 3",
      },
    ]);
  });

  it("places a warning when it is one place of the file, and counts errors past the limit", () => {
    const issues = createFileIssues("x.csv", 2);
    issues.warn("no_inscrits", { bureau: "29019_0071" }, { line: 13, column: "Numéro" });
    issues.warn("totals_only");
    expect(issues.warnings).toEqual([
      "x.csv:13:Numéro: bureau 29019_0071 sans inscrits (ligne vide ?)",
      "aucun fichier des voix par candidat avec ce fichier de totaux : totaux seulement",
    ]);
    for (const line of [2, 3, 4, 5]) issues.error(line, "Inscrits", "missing_column");
    expect(formatIssues(issues)).toEqual([
      "x.csv:2:Inscrits: colonne absente",
      "x.csv:3:Inscrits: colonne absente",
      "x.csv: … et 2 autres erreurs",
    ]);
    const summary = emptySummary("x.csv", "results");
    putIssues(summary, [issues], true);
    expect(summary.errorCodes?.map((e) => e.code)).toEqual([
      "missing_column",
      "missing_column",
      "more_errors",
    ]);
    expect(summary.warningCodes?.map((e) => e.line ?? null)).toEqual([13, null]);
  });

  it("speaks French plurals: one bureau, two bureaux", () => {
    expect(frenchImportMessage("bureaux_without_contour", { count: 1, codes: "29019_0105" })).toBe(
      "1 bureau sans contour : 29019_0105",
    );
    expect(frenchImportMessage("bureaux_without_contour", { count: 2, codes: "a, b" })).toBe(
      "2 bureaux sans contour : a, b",
    );
    expect(frenchImportMessage("more_errors", { count: 1 })).toBe("… et 1 autre erreur");
  });

  it("has no English left in its sentences", () => {
    const english = /\b(the|not|missing|file|line|expected|with|without|of)\b/;
    const sample = { value: "v", detail: "d", bureau: "b", iris: "i", line: 3, count: 2, codes: "c" };
    for (const say of Object.values(FRENCH_IMPORT_MESSAGES)) expect(say(sample)).not.toMatch(english);
  });
});
