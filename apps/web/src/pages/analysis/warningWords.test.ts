import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import fr from "../../i18n/fr.json";
import { warningNumber, warningSentence } from "./warningWords.ts";

describe("an analysis warning in French", () => {
  beforeAll(async () => {
    await i18next.init({
      lng: "fr",
      resources: { fr: { translation: fr }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });
  it("says the engine's margins warning with its count, singular and plural", () => {
    const text = "40 unit(s) with row total ≠ column total: 29999_0001, …";
    expect(warningSentence({ code: "margins_differ", params: { units: 40 }, text }, i18next)).toBe(
      "40 bureaux dont les totaux diffèrent entre le départ et l'arrivée (inscrits qui changent, ou recensement face à la liste électorale).",
    );
    expect(warningSentence({ code: "margins_differ", params: { units: 1 }, text }, i18next)).toMatch(
      /^1 bureau dont/,
    );
  });
  it("writes R-hat with a French decimal comma", () => {
    const w = {
      code: "md_not_converged",
      params: { rhat: 7.251 },
      text: "chains have not converged: max R-hat 7.251 > 1.1",
    };
    expect(warningSentence(w, i18next)).toContain("R-hat maximal 7,251");
  });
  it("writes percentages with at most one decimal, the local way", () => {
    // as packages/core codes the engine's text (new-and-exit.ts writes four decimals)
    const w = {
      code: "register_change",
      params: { entries: 2.721, exits: 0.3549 },
      text: "unit totals differ between elections: NET_ENTRIES 2.7210%, NET_EXITS 0.3549% of the origin total",
    };
    expect(warningSentence(w, i18next)).toBe(
      "Les inscrits changent entre les deux élections : entrées nettes 2,7 %, départs nets 0,4 % des inscrits de départ.",
    );
    expect(warningSentence(w, i18next.cloneInstance({ lng: "en" }))).toContain(
      "net entries 2.7 %, net exits 0.4 % of the origin register",
    );
    // a whole percentage keeps no decimal; rounding is to the nearest tenth
    expect(warningNumber(3, true, "fr")).toBe("3");
    expect(warningNumber(2.76, true, "fr")).toBe("2,8");
    expect(warningNumber(-12.34, true, "fr")).toMatch(/^[-−]12,3$/);
    const bias = {
      code: "aggregation_bias",
      params: { cells: 2, row: "Abstentions", col: "Abstentions", value: 106.7 },
      text: "aggregation bias likely: …",
    };
    expect(warningSentence(bias, i18next)).toContain("(le pire : Abstentions → Abstentions = 106,7 %)");
  });
  it("keeps the English text of an unknown code", () => {
    expect(warningSentence({ code: "other", params: {}, text: "something new" }, i18next)).toBe(
      "something new",
    );
    expect(warningSentence({ code: "brand_new", params: {}, text: "later code" }, i18next)).toBe(
      "later code",
    );
  });
});
