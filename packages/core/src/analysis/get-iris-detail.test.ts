import { describe, expect, it } from "vitest";
import { irisGroups } from "./get-iris-detail.ts";

const groupsOf = (dims: ReturnType<typeof irisGroups>, dimension: string) =>
  Object.fromEntries(
    (dims.find((d) => d.dimension === dimension)?.groups ?? []).map((g) => [g.key, g.count]),
  );

describe("the groups of an IRIS card", () => {
  const census = new Map<string, number>([
    ["P_POP1824", 120.4],
    ["P_POP2539", 400],
    ["P_POP4054", 500],
    ["P_POP5564", 300],
    ["P_POP6579", 875],
    ["P_POP80P", 5], // under 11 persons: withheld
    ["P_NPER_RP_PROP", 900],
    ["P_NPER_RP_LOC", 700],
    ["P_NPER_RP_LOCHLMV", 250],
    // FiLoSoFi deciles 12,000 … 28,000 € by 2,000 €: the distribution function runs through
    // (2·D1 − D2 = 10,000 €, 0), the deciles, and (D9 + 2·(D9 − D8) = 32,000 €, 1), so it is
    // 1/4 at 15 k€, 1/2 at 20 k€, 3/4 at 25 k€ and 1 at 32 k€: each of the four bands holds a
    // quarter of the 2,200 adults (550), and the band above 32 k€ none.
    ...[1, 2, 3, 4, 6, 7, 8, 9].map((k): [string, number] => [`DISP_D${k}`, 10_000 + 2_000 * k]),
    ["DISP_MED", 20_000],
  ]);

  it("counts age bands and withholds a group under 11 persons", () => {
    expect(groupsOf(irisGroups(census), "age")).toEqual({
      "18-24": 120,
      "25-39": 400,
      "40-54": 500,
      "55-64": 300,
      "65-79": 875,
    });
  });

  it("counts renters apart from social housing, which is its own group", () => {
    expect(groupsOf(irisGroups(census), "logement")).toEqual({ proprietaire: 900, locataire: 450, hlm: 250 });
  });

  it("spreads the adults over income bands from the deciles", () => {
    expect(groupsOf(irisGroups(census), "revenu")).toEqual({ R1: 550, R2: 550, R3: 550, R4: 550 });
  });

  it("leaves out the dimensions the census does not give", () => {
    expect(irisGroups(census).map((d) => d.dimension)).toEqual(["age", "revenu", "logement"]);
    expect(irisGroups(new Map())).toEqual([]);
  });
});
