import { describe, expect, it } from "vitest";
import { normaliseNumber, normaliseStreet, splitAddressLabel } from "./normalise-street.ts";
import { parseComplement } from "./parse-complement.ts";

describe("parseComplement", () => {
  it("reads building, staircase, floor and door from the complements", () => {
    expect(parseComplement("APT 34 3E ETAGE", "BAT B ESC 2")).toEqual({
      entrance: "B-2",
      floor: 3,
      door: "34",
    });
    expect(parseComplement("RDC PORTE 12")).toEqual({ entrance: "", floor: 0, door: "12" });
    expect(parseComplement("Bât. C", "Résidence les Pins")).toEqual({ entrance: "C", floor: null, door: "" });
    expect(parseComplement("Escalier 4, appartement 121", "Tour A")).toEqual({
      entrance: "A-4",
      floor: null,
      door: "121",
    });
    expect(parseComplement("APPT N° 7 - 2ème étage")).toEqual({ entrance: "", floor: 2, door: "7" });
    expect(parseComplement("ETAGE 5")).toEqual({ entrance: "", floor: 5, door: "" });
  });

  it("ignores what is not a place in the building", () => {
    expect(parseComplement("Résidence du Port", null, "")).toEqual({ entrance: "", floor: null, door: "" });
    expect(parseComplement("PORTE NORD")).toEqual({ entrance: "", floor: null, door: "NORD" });
  });
});

describe("normaliseStreet", () => {
  it("folds accents, case, punctuation, abbreviations and articles", () => {
    expect(normaliseStreet("Bd. de l'Océan")).toBe("BOULEVARD OCEAN");
    expect(normaliseStreet("BOULEVARD DE L OCEAN")).toBe("BOULEVARD OCEAN");
    expect(normaliseStreet("AV DU GAL DE GAULLE")).toBe(normaliseStreet("av. du GAL de Gaulle"));
    expect(normaliseStreet("R ST MARTIN")).toBe("RUE SAINT MARTIN");
    expect(normaliseStreet("Rue Saint-Martin")).toBe("RUE SAINT MARTIN");
    expect(normaliseStreet("CHE DES QUATRE VENTS")).toBe(normaliseStreet("Chemin des Quatre-Vents"));
    expect(normaliseStreet("IMP DES LILAS")).toBe("IMPASSE LILAS");
    expect(normaliseStreet("PL DE LA MAIRIE")).toBe("PLACE MAIRIE");
    expect(normaliseStreet("ALL DES CHENES")).toBe(normaliseStreet("Allée des Chênes"));
  });

  it("keys numbers with their repetition index", () => {
    expect(normaliseNumber("12 B")).toBe("12bis");
    expect(normaliseNumber("012")).toBe("12");
    expect(normaliseNumber("3ter")).toBe("3ter");
    expect(splitAddressLabel("12bis Rue de la Gare")).toEqual({ number: "12bis", street: "Rue de la Gare" });
    expect(splitAddressLabel("Le Bourg")).toEqual({ number: "", street: "Le Bourg" });
  });
});
