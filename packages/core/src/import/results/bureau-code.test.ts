import { describe, expect, it } from "vitest";
import { communeCodeFromParts, inTerritory, normaliseBureauCode } from "./bureau-code.ts";
import { electionFromHint, readElectionHint } from "./election-id.ts";

describe("bureau codes", () => {
  it("normalises to CCCCC_BBBB", () => {
    expect(normaliseBureauCode("29019", "1")).toBe("29019_0001");
    expect(normaliseBureauCode("29019", "0104")).toBe("29019_0104");
    expect(normaliseBureauCode("75056", "jus1")).toBe("75056_JUS1");
    expect(normaliseBureauCode("13055", "1003")).toBe("13055_1003");
    expect(normaliseBureauCode("", "29039_1")).toBe("29039_0001");
    expect(normaliseBureauCode("", "29019_0076")).toBe("29019_0076");
  });
  it("rebuilds INSEE commune codes from the older layout", () => {
    expect(communeCodeFromParts("29", "019")).toBe("29019");
    expect(communeCodeFromParts("2A", "004")).toBe("2A004");
    expect(communeCodeFromParts("1", "4")).toBe("01004");
    expect(communeCodeFromParts("ZA", "101")).toBe("97101");
    expect(communeCodeFromParts("ZN", "801")).toBe("98801");
    expect(communeCodeFromParts("ZZ", "001")).toBe("ZZ001");
  });
  it("tells whether a commune is in a territory", () => {
    expect(inTerritory("29019", "29019")).toBe(true);
    expect(inTerritory("29011", "29019")).toBe(false);
    expect(inTerritory("29011", "29")).toBe(true);
    expect(inTerritory("2A004", "2A")).toBe(true);
    expect(inTerritory("97101", "971")).toBe(true);
    expect(inTerritory("01001", "FR")).toBe(true);
  });
});

describe("election ids", () => {
  it.each([
    ["leg2024_t1_circos29-02-03_official.csv", "leg2024t1"],
    ["pres2022_t2_brest_ministry-layout_reconstructed.txt", "pres2022t2"],
    ["long_presid-2017-t1_bureaux_candidats_brest.csv", "pres2017t1"],
    ["long_legis-2022-t2_bureaux_territoires_brest.csv", "leg2022t2"],
    ["resultats-europeennes-2024-tour-1.csv", "euro2024t1"],
    ["Municipales 2020 - 2nd tour.csv", "mun2020t2"],
    ["regionales_2021_premier_tour.txt", "reg2021t1"],
  ])("%s → %s", (name, id) => {
    expect(electionFromHint(readElectionHint(name))?.id).toBe(id);
  });
  it("needs kind, year and round", () => {
    expect(electionFromHint(readElectionHint("resultats-par-bureau.csv"))).toBeNull();
    expect(electionFromHint(readElectionHint("BASE_TD_FILO_DISP_IRIS_2018.csv"))).toBeNull();
  });
});
