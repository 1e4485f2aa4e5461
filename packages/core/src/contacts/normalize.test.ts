import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text.ts";
import { normalizeEmail } from "./normalize-email.ts";
import { normalizePhone } from "./normalize-phone.ts";

describe("normalizePhone", () => {
  it("writes French numbers in E.164 whatever their spelling", () => {
    for (const raw of [
      "06 12 34 56 78",
      "06.12.34.56.78",
      "0612345678",
      "+33 6 12 34 56 78",
      "0033612345678",
      "+33 (0)6 12 34 56 78",
      "6 12 34 56 78",
    ]) {
      expect(normalizePhone(raw), raw).toBe("+33612345678");
    }
    expect(normalizePhone("01 23 45 67 89")).toBe("+33123456789");
  });
  it("finds the overseas territories from their national prefixes", () => {
    expect(normalizePhone("0262 21 00 00")).toBe("+262262210000");
    expect(normalizePhone("0692 12 34 56")).toBe("+262692123456");
    expect(normalizePhone("0590 12 34 56")).toBe("+590590123456");
    expect(normalizePhone("0696 12 34 56")).toBe("+596696123456");
  });
  it("keeps foreign numbers given with their prefix and refuses what is not a number", () => {
    expect(normalizePhone("+32 470 12 34 56")).toBe("+32470123456");
    expect(normalizePhone("06 12 34")).toBeNull();
    expect(normalizePhone("n/a")).toBeNull();
    expect(normalizePhone("")).toBeNull();
    expect(normalizePhone(null)).toBeNull();
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases, refuses what is not an address", () => {
    expect(normalizeEmail("  Anne.Martin@Exemple.FR ")).toBe("anne.martin@exemple.fr");
    expect(normalizeEmail("anne.martin")).toBeNull();
    expect(normalizeEmail("a b@c.fr")).toBeNull();
    expect(normalizeEmail("")).toBeNull();
  });
});

describe("foldText", () => {
  it("removes accents, case, ligatures and punctuation", () => {
    expect(foldText("Lefèvre-O'Brien")).toBe("lefevre o brien");
    expect(foldText("  ŒUVRE  Éloïse ")).toBe("oeuvre eloise");
    expect(foldText("Rue de l’Église, 12 bis")).toBe("rue de l eglise 12 bis");
    expect(foldText(null)).toBe("");
  });
});
