import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type DbHandle, getElectionSummaries, OFFICIAL_RESULTS, schema } from "@terrain/core";
import { createTestDb } from "@terrain/core/src/db/test-db.ts";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerFetchCommand } from "./fetch-command.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const data = path.resolve(repoRoot, "../shared/data/fr");
const hasData = existsSync(data);
if (!hasData) console.warn(`skipping terrain fetch tests: ${data} is absent`);

/** The local copies served under the portal's official paths. */
const SERVED: Record<string, string> = {
  [`/resources/${OFFICIAL_RESULTS.pres2022t2}`]:
    "national/pres2022_t2_burvot_france-entiere_reconstructed.txt",
  [`/resources/${OFFICIAL_RESULTS.leg2024t2}`]:
    "national/leg2024_t2_resultats-definitifs-par-bureau-de-vote_reconstructed.csv",
};

describe.skipIf(!hasData)("terrain fetch from a local mirror of the open-data portal", () => {
  let handle: DbHandle;
  let server: Server;
  let baseUrl: string;
  const requests: string[] = [];
  beforeAll(async () => {
    handle = await createTestDb();
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      const file = SERVED[req.url ?? ""];
      if (!file) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": "text/plain" });
      createReadStream(path.join(data, file)).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/resources/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await handle?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const dataDir = mkdtempSync(path.join(tmpdir(), "terrain-fetch-"));
  async function run(...args: string[]) {
    const out = { stdout: "", stderr: "", code: 0 };
    const program = new Command().exitOverride();
    registerFetchCommand(program, {
      openDb: async () => ({ ...handle, close: async () => {} }),
      dataDir: () => dataDir,
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
    await program.parseAsync(["node", "terrain", "fetch", ...args]);
    return out;
  }

  it("downloads the national files, keeps them, and imports Brest's rows", async () => {
    const out = await run(
      "--territory",
      "29019",
      "--elections",
      "pres2022t2,leg2024t2",
      "--base-url",
      baseUrl,
    );
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(readdirSync(path.join(dataDir, "downloads")).sort()).toEqual([
      "leg2024_t2_resultats-definitifs-par-bureau-de-vote.csv",
      "pres2022_t2_resultats-par-niveau-burvot-t2-france-entiere.txt",
    ]);
    const [campaign] = await handle.db.select().from(schema.campaigns);
    const status = await getElectionSummaries(handle.db, campaign.id);
    // The same totals as Brest's own files (checked bureau by bureau in the import tests).
    expect(status.elections.map((e) => [e.id, e.bureaux, e.inscrits, e.votants, e.exprimes])).toEqual([
      ["pres2022t2", 104, 86270, 60123, 53742],
      ["leg2024t2", 104, 85122, 58215, 56128],
    ]);
  });

  it("reports a missing file and exits with 1, keeping what was downloaded", async () => {
    const before = requests.length;
    const out = await run("--territory", "29019", "--elections", "pres2022", "--base-url", baseUrl);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("pres2022t1: download failed (HTTP 404 Not Found)");
    expect(out.stdout).toContain("pres2022t2: already downloaded");
    expect(out.stdout).toContain(
      "pres2022_t2_resultats-par-niveau-burvot-t2-france-entiere.txt : inchangé (déjà importé)",
    );
    expect(requests.length - before).toBe(1);
  });
});
