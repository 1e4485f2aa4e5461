import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import fr from "../../i18n/fr.json";
import { warningSentence } from "./warningWords.ts";

describe("an analysis warning in French", () => {
  beforeAll(async () => {
    await i18next.init({
      lng: "fr",
      resources: { fr: { translation: fr } },
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
  it("keeps the English text of an unknown code", () => {
    expect(warningSentence({ code: "other", params: {}, text: "something new" }, i18next)).toBe(
      "something new",
    );
    expect(warningSentence({ code: "brand_new", params: {}, text: "later code" }, i18next)).toBe(
      "later code",
    );
  });
});
