/**
 * `npm run bench:import [FILE]`: imports the national Présidentielle 2022 round-2 file
 * (69,682 bureaux, territory FR) and reports time and peak RSS on PGlite and, when
 * TERRAIN_BENCH_DATABASE_URL names a PostgreSQL server, on PostgreSQL side by side with
 * PostgreSQL's own COPY of the same normalised rows (bureau_results, bureau_votes, bureaux).
 * Each measure runs in its own child process so that peak RSS is its own.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { createDb } from "../src/db/create-db.ts";
import { detectFormat } from "../src/import/detect-format.ts";
import { importFiles } from "../src/import/import-files.ts";
import { createFileIssues } from "../src/import/issues.ts";
import { parseMinistry2024 } from "../src/import/results/parse-ministry-2024.ts";
import { parseMinistryLegacy } from "../src/import/results/parse-ministry-legacy.ts";

const here = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(here), "../../..");
const defaultFile = path.resolve(
  repoRoot,
  "../shared/data/fr/national/pres2022_t2_burvot_france-entiere_reconstructed.txt",
);
const pgUrl = process.env.TERRAIN_BENCH_DATABASE_URL;

interface Measure {
  mode: string;
  seconds: number;
  /** Peak RSS of the whole process (PGlite's initdb of a new folder included). */
  peakRssMb: number;
  /** RSS just before the import (database open), and its peak sampled during the import. */
  rssBeforeMb?: number;
  rssDuringMb?: number;
  bureaux?: number;
  votes?: number;
  status?: string;
}

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** A fresh database on the benchmark server, dropped by the returned function. */
async function freshDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `terrain_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const again = postgres(url, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

async function runImport(mode: "pglite" | "postgres", file: string): Promise<Measure> {
  const dir = mode === "pglite" ? mkdtempSync(path.join(tmpdir(), "terrain-bench-")) : null;
  const fresh = mode === "postgres" && pgUrl ? await freshDatabase(pgUrl) : null;
  const options = fresh ? { databaseUrl: fresh.url } : { dataDir: dir ?? undefined };
  // A user's database already exists: create it, close it, and reopen it before measuring.
  await (await createDb(options)).close();
  const handle = await createDb(options);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssDuring = rssBefore;
  const sampler = setInterval(() => {
    rssDuring = Math.max(rssDuring, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const [summary] = await importFiles(handle.db, { territory: "FR", files: [file] });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  await handle.close();
  await fresh?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  return {
    mode,
    seconds,
    peakRssMb: peakRssMb(),
    rssBeforeMb: Math.round(rssBefore / 2 ** 20),
    rssDuringMb: Math.round(rssDuring / 2 ** 20),
    bureaux: summary.bureaux,
    votes: summary.candidates?.reduce((n, c) => n + c.voix, 0),
    status: summary.status,
  };
}

/** COPY text field: escapes backslash, tab and newline. */
const field = (v: string | number): string =>
  String(v).replace(/[\\\t\n]/g, (c) => (c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\\\"));

async function runCopy(file: string): Promise<Measure> {
  if (!pgUrl) throw new Error("TERRAIN_BENCH_DATABASE_URL is not set");
  // The same normalised rows as the import writes, prepared before the clock starts.
  const detected = await detectFormat(file);
  if (detected.kind !== "results" || detected.format === "long-totals")
    throw new Error("COPY baseline needs a wide results file");
  const issues = createFileIssues(path.basename(file));
  const stream =
    detected.format === "ministry-legacy"
      ? parseMinistryLegacy(detected.source, issues)
      : parseMinistry2024(detected.source, issues);
  if (!stream) throw new Error(issues.errors.join("\n"));
  const fresh = await freshDatabase(pgUrl);
  const handle = await createDb({ databaseUrl: fresh.url });
  await handle.close();
  const sql = postgres(fresh.url, { max: 1, onnotice: () => {} });
  const campaign = "00000000-0000-0000-0000-000000000001";
  const election = "pres2022t2";
  await sql`insert into campaigns (id, name, territory, territory_kind) values (${campaign}, 'bench', 'FR', 'pays')`;
  await sql`insert into elections (campaign_id, id, kind, year, round, label, source_file, content_hash, format)
    values (${campaign}, ${election}, 'pres', 2022, 2, 'bench', 'bench', 'bench', 'bench')`;
  const results: string[] = [];
  const votes: string[] = [];
  const bureaux: string[] = [];
  for await (const r of stream.rows) {
    results.push(
      `${[campaign, election, r.bureauCode, r.communeCode, r.inscrits, r.votants, r.exprimes, r.blancs, r.nuls].map(field).join("\t")}\n`,
    );
    bureaux.push(`${[campaign, r.bureauCode, r.communeCode, election].map(field).join("\t")}\n`);
    for (const v of r.votes)
      votes.push(
        `${[campaign, election, r.bureauCode, v.candidateKey, v.voix, v.elected ? "t" : "f"].map(field).join("\t")}\n`,
      );
  }
  const start = performance.now();
  await sql.begin(async (tx) => {
    const copy = async (statement: ReturnType<typeof tx.unsafe>, lines: string[]) =>
      pipeline(Readable.from(lines), await statement.writable());
    await copy(
      tx.unsafe(
        "copy bureau_results (campaign_id, election_id, bureau_code, commune_code, inscrits, votants, exprimes, blancs, nuls) from stdin",
      ),
      results,
    );
    await copy(
      tx.unsafe(
        "copy bureau_votes (campaign_id, election_id, bureau_code, candidate_key, voix, elected) from stdin",
      ),
      votes,
    );
    await copy(tx.unsafe("copy bureaux (campaign_id, code, commune_code, origin) from stdin"), bureaux);
  });
  const seconds = (performance.now() - start) / 1000;
  await sql.end();
  await fresh.drop();
  return { mode: "copy", seconds, peakRssMb: peakRssMb(), bureaux: results.length, status: "copied" };
}

async function child(mode: string, file: string): Promise<void> {
  const measure =
    mode === "copy" ? await runCopy(file) : await runImport(mode as "pglite" | "postgres", file);
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

function spawnMeasure(mode: string, file: string): Measure {
  const out = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", here, "--run", mode, file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (out.status !== 0) throw new Error(`${mode} run failed (exit ${out.status})`);
  return JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}") as Measure;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--run") return child(args[1], args[2]);
  const file = path.resolve(args[0] ?? defaultFile);
  console.log(`bench:import ${path.basename(file)} (territory FR)`);
  const measures = [spawnMeasure("pglite", file)];
  if (pgUrl) measures.push(spawnMeasure("postgres", file), spawnMeasure("copy", file));
  else console.log("TERRAIN_BENCH_DATABASE_URL not set: PostgreSQL and COPY skipped");
  console.table(
    measures.map((m) => ({
      run: m.mode,
      seconds: m.seconds.toFixed(2),
      "RSS before MB": m.rssBeforeMb,
      "RSS peak during MB": m.rssDuringMb,
      "process peak RSS MB": m.peakRssMb,
      bureaux: m.bureaux,
      status: m.status,
    })),
  );
  const pg = measures.find((m) => m.mode === "postgres");
  const copy = measures.find((m) => m.mode === "copy");
  if (pg && copy)
    console.log(`import / COPY on PostgreSQL: ${(pg.seconds / copy.seconds).toFixed(2)}× (target ≤ 2×)`);
  for (const m of measures.filter((x) => x.mode !== "copy")) {
    console.log(
      `${m.mode}: peak RSS during the import ${m.rssDuringMb} MB (${m.rssBeforeMb} MB with the database open; target < 400 MB)`,
    );
  }
}

await main();
