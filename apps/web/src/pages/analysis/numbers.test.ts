import { describe, expect, it } from "vitest";
import { decimal, int, pct0, pct1, pctRange } from "./numbers.ts";

const nnbsp = "\u202f";

describe("numbers as a French reader writes them", () => {
  it("writes percentages with a comma and a narrow no-break space before %", () => {
    // CLDR puts a no-break space (U+00A0 or U+202F by ICU version) before the percent sign.
    expect(pct1(0.624)).toMatch(/^62,4[\u00a0\u202f]%$/);
    expect(pct0(0.624)).toMatch(/^62[\u00a0\u202f]%$/);
    expect(pct1(0.624, "en")).toBe("62.4%");
  });
  it("groups thousands with a narrow no-break space", () => {
    expect(int(85102)).toBe(`85${nnbsp}102`);
    expect(decimal(0.0421, 3)).toBe("0,042");
  });
  it("says missing values with a dash and intervals in percent points", () => {
    expect(pct1(null)).toBe("—");
    expect(int(Number.NaN)).toBe("—");
    expect(pctRange(0.553, 0.688)).toBe("55–69");
    expect(pctRange(null, 0.5)).toBeNull();
  });
});
