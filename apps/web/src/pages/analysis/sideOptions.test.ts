import { describe, expect, it } from "vitest";
import type { ElectionItem } from "../../api/types.ts";
import { reachOptions, sideFromValues, sideOptions } from "./sideOptions.ts";

const election = (id: string, lists: ElectionItem["lists"]): ElectionItem => ({
  id,
  label: id,
  kind: "leg",
  year: 2024,
  round: 1,
  lists,
});

describe("our side's choices", () => {
  const choices = sideOptions([
    election("leg", [
      { key: "QUÉRÉ Maëlle", label: "Maëlle QUÉRÉ", nuance: "UG" },
      { key: "MORVAN Gilles", label: "Gilles MORVAN", nuance: "RN" },
    ]),
    election("mun", [
      { key: "KERBRENN EN COMMUN", label: "KERBRENN EN COMMUN", nuance: "UG" },
      { key: "SANS ÉTIQUETTE", label: "Sans étiquette", nuance: null },
    ]),
  ]);
  it("groups the lists of both elections by nuance, then lists without nuance", () => {
    expect(choices).toEqual([
      { value: "n:RN", label: "RN — Gilles MORVAN" },
      { value: "n:UG", label: "UG — Maëlle QUÉRÉ · KERBRENN EN COMMUN" },
      { value: "c:SANS ÉTIQUETTE", label: "Sans étiquette" },
    ]);
  });
  it("turns the choice back into the API's side", () => {
    expect(sideFromValues(["n:UG", "c:SANS ÉTIQUETTE"])).toEqual({
      nuances: ["UG"],
      candidates: ["SANS ÉTIQUETTE"],
    });
  });
  it("offers as within reach every choice but our side's", () => {
    const leg = election("leg", [
      { key: "QUÉRÉ Maëlle", label: "Maëlle QUÉRÉ", nuance: "UG" },
      { key: "GUÉGUEN Nolwenn", label: "Nolwenn GUÉGUEN", nuance: "ECO" },
      { key: "MORVAN Gilles", label: "Gilles MORVAN", nuance: "RN" },
    ]);
    expect(reachOptions([leg], ["n:UG"]).map((o) => o.value)).toEqual(["n:ECO", "n:RN"]);
    expect(reachOptions([leg], []).map((o) => o.value)).toEqual(["n:ECO", "n:RN", "n:UG"]);
  });
});
