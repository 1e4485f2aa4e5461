import { FRENCH_IMPORT_MESSAGES, IMPORT_ISSUE_CODES } from "@terrain/core/src/import/import-messages.ts";
import i18next, { type i18n as I18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import fr from "../../i18n/fr.json";
import { issueLines, issueSentence } from "./issueWords.ts";

const sample = {
  value: "9OO",
  detail: "Quote Not Closed",
  bureau: "29019_0028",
  iris: "291900101",
  line: 3,
  fields: 10,
  expected: 22,
  width: 7,
  votants: 667,
  inscrits: 600,
  exprimes: 560,
  blancs: 60,
  nuls: 5,
  sum: 625,
  candidate: "CADALEN",
  territory: "29019",
  bureauKeys: "codeBureauVote",
  irisKeys: "CODE_IRIS",
  feature: "4 (29019_0001)",
  path: "coordinates[0][3]",
  type: "Polygon",
  positions: 3,
  x: 650000.5,
  y: -12,
  crs: "WGS84",
  size: 212,
  max: 2000,
  setting: "TERRAIN_IMPORT_MAX_CONTOURS_MB",
  voix: 12,
  election: "leg2024t1",
  codes: "29019_0105",
};

describe("an import issue in the page's language", () => {
  let frI18n: I18n;
  let enI18n: I18n;
  beforeAll(async () => {
    const make = async (lng: string, translation: object) => {
      const i = i18next.createInstance();
      await i.init({ lng, resources: { [lng]: { translation } }, interpolation: { escapeValue: false } });
      return i;
    };
    frI18n = await make("fr", fr);
    enI18n = await make("en", en);
  });

  it("says every code of the importer in French exactly as the importer does (one and several)", () => {
    for (const code of IMPORT_ISSUE_CODES) {
      for (const count of [1, 2]) {
        const params = { ...sample, count };
        const issue = { code, params, file: "f.csv" };
        expect(issueSentence(issue, frI18n), code).toBe(FRENCH_IMPORT_MESSAGES[code](params));
      }
    }
  });

  it("says them in English on the English page, after their place", () => {
    const issue = {
      code: "not_whole_number",
      params: { value: "abc" },
      file: "x.csv",
      line: 2,
      column: "Votants",
    };
    expect(issueSentence(issue, enI18n)).toBe("x.csv:2:Votants : not a whole number: “abc”");
    const plural = {
      code: "bureaux_without_contour",
      params: { count: 1, codes: "29019_0105" },
      file: "c.geojson",
    };
    expect(issueSentence(plural, enI18n)).toBe("1 bureau has no contour: 29019_0105");
    for (const code of IMPORT_ISSUE_CODES)
      expect(
        issueSentence({ code, params: { ...sample, count: 2 }, file: "f" }, enI18n),
        code,
      ).not.toBeNull();
  });

  it("falls back on the texts: an unknown code, or a summary stored before the codes", () => {
    const text = "x.csv:1:1: quelque chose de nouveau";
    expect(
      issueLines([text], [{ code: "brand_new", params: {}, file: "x.csv", line: 1, column: 1 }], enI18n),
    ).toEqual(["x.csv:1:1 : quelque chose de nouveau"]);
    expect(issueLines(['old.csv:2:Inscrits: not a whole number: "x"'], undefined, frI18n)).toEqual([
      "old.csv:2:Inscrits : pas un nombre entier : « x »",
    ]);
  });
});
