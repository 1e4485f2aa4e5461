import { describe, expect, it } from "vitest";
import { buildTransferInput } from "./build-transfer-input.ts";
import type { ElectionTable } from "./load-election.ts";
import { BLANK_AND_NULL, mergeSmallOptions, OTHER_LISTS } from "./merge-small-options.ts";

const option = (key: string, kind: "abstention" | "blank" | "null" | "list" = "list") => ({
  key,
  label: key,
  nuance: null,
  kind,
});
const fixed = [option("Abstentions", "abstention"), option("Blancs", "blank"), option("Nuls", "null")];
const election = (id: string, lists: string[], counts: Record<string, number[]>): ElectionTable => ({
  id,
  label: id,
  year: 2024,
  round: 1,
  contentHash: id,
  options: [...fixed, ...lists.map((l) => option(l))],
  counts: new Map(Object.entries(counts)),
});

describe("buildTransferInput", () => {
  it("keeps the bureaux of both elections, reports the others and drops options nobody chose", () => {
    const from = election("a", ["X", "Y", "Z"], {
      b1: [10, 1, 1, 50, 38, 0],
      b2: [20, 2, 0, 40, 38, 0],
      b3: [5, 0, 0, 5, 0, 0],
    });
    const to = election("b", ["X", "Y"], {
      b1: [12, 1, 1, 60, 26],
      b2: [25, 0, 1, 40, 34],
      b4: [1, 0, 0, 1, 1],
    });
    const { input, unmatched } = buildTransferInput(from, to);
    expect(unmatched).toEqual({ onlyFrom: ["b3"], onlyTo: ["b4"] });
    expect(input.units.map((u) => u.id)).toEqual(["b1", "b2"]);
    expect(input.rows).toEqual(["Abstentions", "Blancs", "Nuls", "X", "Y"]);
    expect(input.units[0].rows).toEqual([10, 1, 1, 50, 38]);
    expect(input.units[1].cols).toEqual([25, 0, 1, 40, 34]);
  });
});

describe("mergeSmallOptions", () => {
  it("merges blank with null and the lists under the threshold, never our side's", () => {
    const input = {
      rows: ["Abstentions", "Blancs", "Nuls", "Big", "Tiny", "OursTiny", "Small"],
      cols: ["Abstentions", "Blancs", "Nuls", "Big"],
      units: [
        { id: "u", rows: [300, 10, 5, 600, 20, 30, 35], cols: [320, 20, 10, 650] },
        { id: "v", rows: [100, 0, 5, 250, 10, 10, 25], cols: [120, 5, 5, 270] },
      ],
    };
    const m = mergeSmallOptions(input, new Set(["OursTiny"]), 0.04);
    expect(m.input.rows).toEqual(["Abstentions", BLANK_AND_NULL, "Big", OTHER_LISTS, "OursTiny", "Small"]);
    expect(m.rowGroups[BLANK_AND_NULL]).toEqual(["Blancs", "Nuls"]);
    expect(m.rowGroups[OTHER_LISTS]).toEqual(["Tiny"]);
    expect(m.input.units[0].rows).toEqual([300, 15, 600, 20, 30, 35]);
    expect(m.input.cols).toEqual(["Abstentions", BLANK_AND_NULL, "Big"]);
    expect(m.input.units[1].cols).toEqual([120, 10, 270]);
    // totals are kept
    const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
    input.units.forEach((u, i) => {
      expect(sum(m.input.units[i].rows)).toBe(sum(u.rows));
    });
  });
});
