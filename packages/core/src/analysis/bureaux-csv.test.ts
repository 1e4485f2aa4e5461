import { describe, expect, it } from "vitest";
import { bureauxCsv } from "./bureaux-csv.ts";
import type { BureauPriority, TransferResult } from "./transfer-result.ts";

const bureau = (code: string, rank: number, gain: number): BureauPriority => ({
  code,
  inscrits: 1000,
  turnout: 0.6234,
  ourScore: 0.415,
  mobilisation: { value: 120.4, lower: 80, upper: 150 },
  persuasion: { value: 30, lower: 10, upper: 50 },
  doors: 520,
  doorsSource: "households",
  gainPerDoor: { value: gain, lower: gain / 2, upper: gain * 2 },
  rank,
});

describe("bureauxCsv", () => {
  it("writes a French Excel CSV: BOM, semicolons, decimal commas, best rank first, quoted names", () => {
    const result = {
      bureaux: [bureau("29999_0002", 2, 0.01), bureau("29999_0001", 1, 0.02)],
    } as TransferResult;
    const csv = bureauxCsv(result, new Map([["29999_0001", 'École "Jaurès"; annexe']]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0].split(";")).toHaveLength(16);
    expect(lines[1]).toBe(
      '1;29999_0001;"École ""Jaurès""; annexe";1000;62,3;41,5;120;80;150;30;10;50;520;0,0200;0,0100;0,0400',
    );
    expect(lines[2].startsWith("2;29999_0002;;1000;")).toBe(true);
  });
});

describe("bureauxCsv with hostile bureau names", () => {
  it("writes no cell starting with = + - @ tab or CR", () => {
    const names = ["=1+2", "+1", "-1", "@A1", "\t=1", "\r=1"];
    const result = { bureaux: names.map((_, i) => bureau(`29999_000${i}`, i + 1, 0.01)) } as TransferResult;
    const csv = bureauxCsv(result, new Map(names.map((n, i) => [`29999_000${i}`, n])));
    const lines = csv
      .slice(1)
      .trimEnd()
      .split(/\r\n(?=\d)/);
    for (const [i, line] of lines.slice(1).entries()) {
      const name = line.split(";")[2].replace(/^"|"$/g, "");
      expect(name).toBe(`'${names[i]}`);
    }
  });
});
