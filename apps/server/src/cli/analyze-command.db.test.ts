import type { DbHandle } from "@terrain/core";
import { loadDemo } from "@terrain/core";
import { createTestDb } from "@terrain/core/src/db/test-db.ts";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAnalyzeCommand } from "./analyze-command.ts";

describe("terrain analyze", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
    await loadDemo(handle.db, { bureaux: 8, voters: 6000 });
  }, 180_000);
  afterAll(async () => handle?.close());

  async function run(...args: string[]) {
    const out = { stdout: "", stderr: "" };
    const program = new Command().exitOverride();
    registerAnalyzeCommand(program, {
      openDb: async () => ({ ...handle, close: async () => {} }),
      stdout: (t) => {
        out.stdout += t;
      },
      stderr: (t) => {
        out.stderr += t;
      },
    });
    await program.parseAsync(["node", "terrain", "analyze", ...args]);
    return out;
  }

  it("prints the transfer contract and one entry per bureau as JSON, progress on stderr", async () => {
    const args = [
      "--territory",
      "29999",
      "--from",
      "leg2024t1",
      "--to",
      "leg2024t2",
      "--side",
      "UG,ECO",
      "--json",
    ];
    const out = await run(...args);
    const json = JSON.parse(out.stdout);
    expect(json.transfer.method).toBe("lphom");
    expect(json.transfer.rows).toContain("QUÉRÉ Maëlle");
    expect(json.transfer.cols).toEqual(["Abstentions", "Blancs et nuls", "QUÉRÉ Maëlle", "MORVAN Gilles"]);
    expect(json.bureaux).toHaveLength(8);
    for (const b of json.bureaux) {
      expect(Object.keys(b)).toEqual(
        expect.arrayContaining(["code", "score", "lower", "upper", "mobilisation", "persuasion"]),
      );
      expect(b.lower).toBeLessThanOrEqual(b.score);
      expect(b.upper).toBeGreaterThanOrEqual(b.score);
    }
    expect(json.backtest).toMatchObject({
      from: "pres2022t1",
      to: "leg2024t1",
      next: "leg2024t2",
      bureaux: 8,
    });
    expect(out.stderr).toContain("100 %");
    // asked again: the stored job answers, with no new run
    const again = await run(...args);
    expect(JSON.parse(again.stdout).analysis).toBe(json.analysis);
    expect(again.stderr).toBe("");
    // without --json: the same analysis in French, the bureaux by rank in votes per 100 doors
    const human = (await run(...args.filter((a) => a !== "--json"))).stdout.split("\n");
    expect(human[0]).toBe(
      `Législatives 2024, 1er tour → Législatives 2024, 2e tour (lphom), analyse ${json.analysis}`,
    );
    expect(human[1]).toMatch(/^Notre camp : QUÉRÉ Maëlle · listes proches : aucune$/);
    expect(human[2]).toMatch(/^rang {2}bureau +voix\/100 portes {2}intervalle +mobilisation {2}persuasion$/);
    const ranked = [...json.bureaux].sort((a, b) => a.rank - b.rank);
    const comma = (v: number, digits: number) => (100 * v).toFixed(digits).replace(".", ",");
    ranked.forEach((b, k) => {
      const cells = human[3 + k].trim().split(/ {2,}/);
      expect(cells.slice(0, 3)).toEqual([String(b.rank), b.code, comma(b.score, 1)]);
      expect(cells[3]).toBe(`${comma(b.lower, 1)} à ${comma(b.upper, 1)}`);
      expect(Number(cells[4].replace(/ /g, ""))).toBe(Math.round(b.mobilisation));
    });
    expect(human[3 + ranked.length]).toMatch(
      /^Vérification sur le passé : score calculé sur pres2022t1 → leg2024t1, .* ρ de Spearman = (-?\d,\d\d|non calculable) \(8 bureaux\)$/,
    );
  }, 120_000);

  it("counts the lists given by --reach in persuasion, as another stored analysis", async () => {
    const args = [
      "--territory",
      "29999",
      "--from",
      "leg2024t1",
      "--to",
      "mun2026t1",
      "--side",
      "UG,LUG",
      "--json",
    ];
    const plain = JSON.parse((await run(...args)).stdout);
    const near = JSON.parse((await run(...args, "--reach", "LECO,LFI")).stdout);
    expect(near.analysis).not.toBe(plain.analysis);
    expect(plain.reach).toEqual({ from: [], to: [] });
    expect(near.reach.to).toEqual(["KERBRENN INSOUMISE", "KERBRENN ÉCOLOGIE"]);
    const sum = (j: { bureaux: { persuasion: number }[] }) => j.bureaux.reduce((s, b) => s + b.persuasion, 0);
    expect(sum(near)).toBeGreaterThan(sum(plain));
  }, 120_000);

  it("names a missing campaign or election", async () => {
    await expect(run("--territory", "75056", "--from", "a", "--to", "b")).rejects.toThrow(
      /aucune campagne pour le territoire 75056/,
    );
    await expect(run("--territory", "29999", "--from", "leg2024t1", "--to", "euro2029t1")).rejects.toThrow(
      /euro2029t1/,
    );
  });
});
