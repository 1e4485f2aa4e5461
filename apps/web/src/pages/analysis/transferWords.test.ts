import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { OptionLabel } from "../../api/types.ts";
import fr from "../../i18n/fr.json";
import { transferSentence } from "./transferWords.ts";

const list = (key: string, nuance: string): OptionLabel => ({ key, label: key, nuance, kind: "list" });

describe("a transfer cell in plain French", () => {
  beforeAll(async () => {
    await i18next.init({
      lng: "fr",
      resources: { fr: { translation: fr } },
      interpolation: { escapeValue: false },
    });
  });
  it("reads a list-to-list cell with its interval", () => {
    const s = transferSentence(
      {
        value: 0.62,
        lower: 0.551,
        upper: 0.694,
        row: list("QUÉRÉ Maëlle", "UG"),
        col: list("KERBRENN EN COMMUN", "LUG"),
        from: "Législatives 2024, 1er tour",
        to: "Municipales 2026, 1er tour",
      },
      i18next.t,
    );
    expect(s).toMatch(
      /^62[\u00a0\u202f]% \[55–69\] des électeurs de QUÉRÉ Maëlle \(UG\) \(Législatives 2024, 1er tour\) ont voté KERBRENN EN COMMUN \(LUG\) \(Municipales 2026, 1er tour\)\.$/,
    );
  });
  it("says abstainers who stayed home in words", () => {
    const abst: OptionLabel = { key: "Abstentions", label: "Abstentions", nuance: null, kind: "abstention" };
    const s = transferSentence(
      { value: 0.8, lower: null, upper: null, row: abst, col: abst, from: "A", to: "B" },
      i18next.t,
    );
    expect(s).toMatch(/^80[\u00a0\u202f]% de ceux qui s'étaient abstenus \(A\) se sont abstenus \(B\)\.$/);
  });
});
