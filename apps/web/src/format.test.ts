import { describe, expect, it } from "vitest";
import { formatDate, formatInteger, formatPercent } from "./format.ts";

// Reference strings written by hand from the French typographic rules in UX.md
// (U+202F narrow no-break space between thousands, comma decimals, "15 mars 2026").
describe("French formats", () => {
  it("groups thousands with a narrow no-break space", () => {
    expect(formatInteger(85102)).toBe("85\u202f102");
    expect(formatInteger(1234567)).toBe("1\u202f234\u202f567");
    expect(formatInteger(999)).toBe("999");
  });
  it("writes percentages with a decimal comma and a no-break space before %", () => {
    expect(formatPercent(0.624)).toMatch(/^62,4[\u00a0\u202f]%$/);
    expect(formatPercent(1)).toMatch(/^100,0[\u00a0\u202f]%$/);
  });
  it("writes dates in words, on the calendar day given", () => {
    expect(formatDate("2026-03-15")).toBe("15 mars 2026");
    expect(formatDate("2026-01-01")).toBe("1 janvier 2026");
  });
  it("switches to English conventions", () => {
    expect(formatInteger(85102, "en")).toBe("85,102");
    expect(formatPercent(0.624, "en")).toBe("62.4%");
    expect(formatDate("2026-03-15", "en")).toBe("15 March 2026");
  });
});
