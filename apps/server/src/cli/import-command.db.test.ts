import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCampaign, type DbHandle } from "@terrain/core";
import { createTestDb } from "@terrain/core/src/db/test-db.ts";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerImportCommand } from "./import-command.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const data = path.resolve(repoRoot, "../shared/data/fr");
const hasData = existsSync(data);
if (!hasData) console.warn(`skipping terrain import tests: ${data} is absent`);

describe.skipIf(!hasData)("terrain import", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function run(...args: string[]) {
    const out = { stdout: "", stderr: "", code: 0 };
    const program = new Command().exitOverride();
    registerImportCommand(program, {
      openDb: async () => ({ ...handle, close: async () => {} }),
      stdout: (t) => {
        out.stdout += t;
      },
      stderr: (t) => {
        out.stderr += t;
      },
      setExitCode: (c) => {
        out.code = c;
      },
      progress: false,
    });
    await program.parseAsync(["node", "terrain", "import", ...args]);
    return out;
  }

  it("imports a results file and prints its summary", async () => {
    const file = path.join(data, "brest/results/leg2024_t2_circos29-02-03_official.csv");
    const out = await run("--territory", "29019", file);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain(
      "leg2024_t2_circos29-02-03_official.csv : importé — Législatives 2024, 2e tour (leg2024t2), 104 bureaux",
    );
    expect(out.stdout).toContain("CADALEN (UG) 18\u202f918");
    expect(out.stdout).toContain("97 lignes hors du territoire ignorées");
  });

  it("prints file:line:column errors on stderr and exits with 1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "terrain-cli-"));
    const bad = path.join(dir, "leg2024_t1_bad.csv");
    writeFileSync(
      bad,
      "Code commune;Code BV;Inscrits;Votants;Exprimés;Blancs;Nuls;Voix 1\n29019;1;900;abc;600;10;5;600\n",
    );
    const out = await run("--territory", "29019", bad);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("leg2024_t1_bad.csv:2:Votants: pas un nombre entier : « abc »\n");
    expect(out.stdout).toContain("leg2024_t1_bad.csv : rejeté");
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a territory that is not one", async () => {
    const out = await run(
      "--territory",
      "Brest",
      path.join(data, "brest/iris/filosofi_disp_iris_2018_brest.csv"),
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('territory: "Brest" is not a commune INSEE code');
  });

  it("asks for --campaign when the territory has several campaigns, listing them (ADR 6)", async () => {
    const file = path.join(data, "brest/results/leg2024_t2_circos29-02-03_official.csv");
    const a = await createCampaign(handle.db, { territory: "29019", name: "Liste A" });
    const ambiguous = await run("--territory", "29019", file);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(
      "le territoire 29019 a 2 campagnes : choisissez-en une avec --campaign ID",
    );
    expect(ambiguous.stderr).toContain(`--campaign ${a.id}  Liste A`);
    const chosen = await run("--territory", "29019", "--campaign", a.id, file);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(chosen.stdout).toContain("importé");
  });
});
