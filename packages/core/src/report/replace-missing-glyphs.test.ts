import { describe, expect, it } from "vitest";
import { MISSING_GLYPH, replaceMissingGlyphs } from "./replace-missing-glyphs.ts";

// A font that has Latin-1 only (as Roboto lacks CJK and emoji).
const latin1 = (cp: number) => cp < 0x100 || cp === 0xfffd;

describe("replaceMissingGlyphs", () => {
  it("shows a character the font lacks as one visible mark per character and lists it", () => {
    const data = {
      name: "Liste 中文 😀 Kerbrenn",
      rows: ["ÉCOLOGIE", "👨‍👩‍👧 famille"],
      date: new Date("2026-01-01"),
      n: 3,
    };
    const { value, missing } = replaceMissingGlyphs(data, latin1);
    expect(value.name).toBe(`Liste ${MISSING_GLYPH}${MISSING_GLYPH} ${MISSING_GLYPH} Kerbrenn`);
    expect(value.rows).toEqual(["ÉCOLOGIE", `${MISSING_GLYPH} famille`]); // one cluster, one mark
    expect(value.date).toBe(data.date);
    expect(value.n).toBe(3);
    expect(missing).toEqual(["U+4E2D", "U+6587", "U+1F467", "U+1F468", "U+1F469", "U+1F600"]);
  });

  it("draws the narrow no-break space as a no-break space, and changes nothing drawable", () => {
    const { value, missing } = replaceMissingGlyphs({ s: "1\u202f234\u00a0%" }, latin1);
    expect(value.s).toBe("1\u00a0234\u00a0%");
    expect(missing).toEqual([]);
  });
});
