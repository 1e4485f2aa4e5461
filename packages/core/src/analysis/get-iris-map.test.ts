import { describe, expect, it } from "vitest";
import { irisProperties } from "./get-iris-map.ts";

describe("IRIS map figures", () => {
  const census = new Map([
    ["P_POP", 2000],
    ["P_POP65P", 400],
    ["P_POP0014", 300],
    ["P_POP1524", 200],
    ["C_POP15P", 1700],
    ["C_POP15P_CS3", 170],
    ["C_POP15P_CS6", 8],
    ["P_NSCOL15P", 1500],
    ["P_NSCOL15P_SUP2", 150],
    ["P_NSCOL15P_SUP34", 100],
    ["P_NSCOL15P_SUP5", 50],
    ["P_NPER_RP", 1900],
    ["P_NPER_RP_LOCHLMV", 380],
    ["DISP_MED", 21450],
  ]);

  it("gives each share over its own base", () => {
    expect(irisProperties("299990101", "Kerlann", census)).toEqual({
      code: "299990101",
      name: "Kerlann",
      population: 2000,
      share65: 0.2,
      shareUnder25: 0.25,
      shareCadres: 0.1,
      shareOuvriers: null, // 8 ouvriers: a group under 11 persons is withheld
      shareDiplomeSup: 0.2,
      shareHlm: 0.2,
      medianIncome: 21450,
    });
  });

  it("says nothing it does not know (contours without census tables)", () => {
    const p = irisProperties("299990102", null, new Map());
    expect(Object.values(p).filter((v) => v !== null)).toEqual(["299990102"]);
  });
});
