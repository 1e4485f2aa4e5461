#!/usr/bin/env node
// Runs every test tier and sums them: unit, db on PGlite, db on PostgreSQL (when
// TERRAIN_TEST_POSTGRES_URL names a server; required in CI), e2e in Chromium, the slow
// statistical tier, the migrations drift check, and the API types drift check. The last line is
// "N passed, N failed, N skipped" over all of them; the exit code is non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ci = Boolean(process.env.CI);
const out = mkdtempSync(path.join(tmpdir(), "terrain-tiers-"));
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function vitestTier(name, project, env = {}) {
  if (only.length > 0 && !only.includes(name)) return;
  const file = path.join(out, `${name}.json`);
  console.log(`\n=== tier ${name} ===`);
  const res = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  if (!existsSync(file)) {
    totals.failed += 1;
    lines.push(`${name}: did not run (exit ${res.status})`);
    return;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  const skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  // A failed suite (e.g. an error while loading a file) counts as a failure too.
  const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
  totals.passed += r.numPassedTests;
  totals.failed += failed + (res.status !== 0 && failed === 0 ? 1 : 0);
  totals.skipped += skipped;
  lines.push(`${name}: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
}

function migrationsCheck() {
  if (only.length > 0 && !only.includes("migrations")) return;
  console.log("\n=== migrations drift ===");
  const gen = spawnSync("npx", ["drizzle-kit", "generate", "--config", "packages/core/drizzle.config.ts"], {
    encoding: "utf8",
  });
  const git = spawnSync("git", ["status", "--porcelain", "packages/core/drizzle"], { encoding: "utf8" });
  const drift = gen.status !== 0 || git.stdout.trim() !== "";
  if (drift)
    console.log(`Migrations are out of date with the schema:\n${gen.stdout}${gen.stderr}${git.stdout}`);
  else console.log("Migrations match the schema.");
  totals[drift ? "failed" : "passed"] += 1;
  lines.push(`migrations: ${drift ? "0 passed, 1 failed" : "1 passed, 0 failed"}, 0 skipped`);
}

/** The committed OpenAPI document and the web's types generated from it must match the routes. */
function apiTypesCheck() {
  if (only.length > 0 && !only.includes("api-types")) return;
  console.log("\n=== API types drift ===");
  const files = ["apps/server/openapi.json", "apps/web/src/api/schema.d.ts"];
  const gen = spawnSync("npm", ["run", "--silent", "gen:api"], { encoding: "utf8" });
  const git = spawnSync("git", ["status", "--porcelain", ...files], { encoding: "utf8" });
  const drift = gen.status !== 0 || git.status !== 0 || git.stdout.trim() !== "";
  if (drift) {
    const diff = spawnSync("git", ["diff", "--stat", ...files], { encoding: "utf8" }).stdout;
    console.log(
      "API types are out of date: a route or one of its zod schemas changed since the last " +
        "`npm run gen:api`. Run npm run gen:api and commit apps/server/openapi.json and " +
        `apps/web/src/api/schema.d.ts.\n${gen.stdout}${gen.stderr}${git.stdout}${diff}`,
    );
  } else console.log("API types match the routes.");
  totals[drift ? "failed" : "passed"] += 1;
  lines.push(`api-types: ${drift ? "0 passed, 1 failed" : "1 passed, 0 failed"}, 0 skipped`);
}

vitestTier("unit", "unit");
vitestTier("db-pglite", "db", { TERRAIN_TEST_DATABASE_URL: "", TERRAIN_TEST_DB: "pglite" });
const pg = process.env.TERRAIN_TEST_POSTGRES_URL;
if (pg) vitestTier("db-postgres", "db", { TERRAIN_TEST_DATABASE_URL: pg, TERRAIN_TEST_DB: "postgres" });
else if (ci && (only.length === 0 || only.includes("db-postgres"))) {
  totals.failed += 1;
  lines.push("db-postgres: FAILED — CI must provide TERRAIN_TEST_POSTGRES_URL");
} else lines.push("db-postgres: not run (set TERRAIN_TEST_POSTGRES_URL to a PostgreSQL server to run it)");
vitestTier("e2e", "e2e");
vitestTier("slow", "slow");
migrationsCheck();
apiTypesCheck();

console.log("\n=== summary ===");
for (const l of lines) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
