import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DbHandle, type DemoTruth, getStatus, L37_REFUSAL, schema, writeDemo } from "@terrain/core";
import { createTestDb } from "@terrain/core/src/db/test-db.ts";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerImportCommand } from "./import-command.ts";
import { registerSegmentCommand } from "./segment-command.ts";

/** Age on the day as truth.json's ageRule says (the day is not kept; unknown month: January). */
function ageOn(day: Date, year: number, month: number | null): number {
  return day.getUTCFullYear() - year - (day.getUTCMonth() + 1 < (month ?? 1) ? 1 : 0);
}

describe("terrain import (electoral list) and terrain segment --count, on the demo list", () => {
  let handle: DbHandle;
  let dir: string;
  let list: string;
  let truth: DemoTruth;
  beforeAll(async () => {
    handle = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), "terrain-segment-"));
    await writeDemo(dir, { bureaux: 4, voters: 2000 });
    list = path.join(dir, "liste-electorale.csv");
    truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8"));
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(...args: string[]) {
    const out = { stdout: "", stderr: "", code: 0 };
    const program = new Command().exitOverride();
    const deps = {
      openDb: async () => ({ ...handle, close: async () => {} }),
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
      setExitCode: (c: number) => {
        out.code = c;
      },
      progress: false,
    };
    registerImportCommand(program, deps);
    registerSegmentCommand(program, deps);
    await program.parseAsync(["node", "terrain", ...args]);
    return out;
  }
  const count = async (where: object) => {
    const out = await run("segment", "--territory", "29999", "--where", JSON.stringify(where), "--count");
    expect(out.stderr).toBe("");
    return JSON.parse(out.stdout) as { count: number };
  };

  it("refuses the list without the L.37 request: exit 1, one French sentence, nothing written", async () => {
    const out = await run("import", "--territory", "29999", list);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(`${L37_REFUSAL}\n`);
    expect(out.stderr).toMatch(/article L\.37 du code électoral/);
    expect(await handle.db.select().from(schema.campaigns)).toEqual([]);
  });

  it("imports the demo list with the request; status counts one elector per person", async () => {
    const out = await run(
      "import",
      "--territory",
      "29999",
      "--electoral-list-request",
      "mairie;2026-01-15;Jeanne Candidate",
      list,
    );
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("liste-electorale.csv : importé — liste électorale");
    const [campaign] = (await getStatus(handle.db)).campaigns;
    expect(campaign.electors).toBe(truth.electors.total);
    expect(campaign.contacts).toBe(0);
    const inscrits = truth.results.mun2026t2.total.inscrits;
    expect(truth.electors.total).toBe(inscrits);
  });

  it("counts a bureau, a sex and an age band exactly as the demo truth", async () => {
    const day = new Date();
    for (const b of truth.bureaux) {
      expect(b.electors).toBe(truth.results.mun2026t2.byBureau[b.code].inscrits);
      expect((await count({ bureaux: [b.code] })).count).toBe(b.electors);
    }
    const bureau = truth.bureaux[1].code;
    const persons = truth.electors.persons;
    const expected = (sex: string | null, min: number, max: number, code: string | null) =>
      persons.filter(
        ([c, s, y, m]) =>
          (code === null || c === code) &&
          (sex === null || s === sex) &&
          ageOn(day, y, m) >= min &&
          ageOn(day, y, m) <= max,
      ).length;
    expect((await count({ sex: "F" })).count).toBe(expected("F", 0, 200, null));
    expect((await count({ ageMin: 25, ageMax: 39 })).count).toBe(expected(null, 25, 39, null));
    const combined = await count({ bureaux: [bureau], sex: "M", ageMin: 65 });
    expect(combined.count).toBe(expected("M", 65, 200, bureau));
    expect(combined.count).toBeGreaterThan(0);
    expect((await count({ bureaux: ["0002"], ageMax: 24 })).count).toBe(expected(null, 0, 24, "29999_0002"));
  });

  it("refuses a forbidden criterion with one sentence naming it, and changes nothing", async () => {
    const before = await getStatus(handle.db);
    for (const [where, name] of [
      [{ lastName: "MARTIN" }, "lastName"],
      [{ birthplace: "BERLIN", sex: "F" }, "birthplace"],
      [{ nationality: "Allemande" }, "nationality"],
    ] as const) {
      const out = await run("segment", "--territory", "29999", "--where", JSON.stringify(where), "--count");
      expect(out.code).toBe(1);
      expect(out.stdout).toBe("");
      expect(out.stderr).toContain(`Critère non autorisé « ${name} »`);
      expect(out.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(await getStatus(handle.db)).toEqual(before);
  });
});
