/**
 * `npm run bench:people`: a large city's electoral list (150,000 electors: the demo
 * generator with 170 bureaux) imported on PostgreSQL, geocoding included (the BAN
 * addresses are imported first, untimed), then segment counts. The import runs in its own
 * child process so that its peak RSS is its own. Thresholds: import < 30 s, peak RSS
 * < 500 MB, each segment count < 200 ms (median of 15 after a warm-up; p95 shown).
 * Database: TERRAIN_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:55432/postgres),
 * in a fresh database dropped at the end. BENCH_PEOPLE_VOTERS / BENCH_PEOPLE_BUREAUX change the size;
 * BENCH_PEOPLE_DIR keeps the generated files between runs.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { rowsOf } from "../src/analysis/claim-job.ts";
import { createDb } from "../src/db/create-db.ts";
import type { Db } from "../src/db/db-type.ts";
import { writeDemo } from "../src/demo/write-demo.ts";
import { importFiles } from "../src/import/import-files.ts";
import { countSegment } from "../src/people/segments/count-segment.ts";
import { parseSegmentCriteria } from "../src/people/segments/segment-criteria.ts";

const here = fileURLToPath(import.meta.url);
const baseUrl = process.env.TERRAIN_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:55432/postgres";
const voters = Number(process.env.BENCH_PEOPLE_VOTERS ?? 150_000);
const bureaux = Number(process.env.BENCH_PEOPLE_BUREAUX ?? 170);
/** Node flags of the measured child (e.g. --max-old-space-size=256), none by default. */
const flags = (process.env.BENCH_PEOPLE_NODE_FLAGS ?? "").split(" ").filter(Boolean);

/**
 * CPU seconds used so far by the PostgreSQL backends of this database (the server runs on
 * this machine: /proc/PID/stat), or null when unreadable. The database is fresh and the
 * parent's connections are closed, so this is the server's work for the import.
 */
async function backendCpuSeconds(db: Db): Promise<number | null> {
  const result = await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`);
  const pids = rowsOf<{ pid: number }>(result).map((r) => r.pid);
  let ticks = 0;
  try {
    for (const pid of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return Math.round(ticks / 10) / 10;
}

async function child(url: string, dir: string): Promise<void> {
  const handle = await createDb({ databaseUrl: url });
  const territory = "29999";
  const rssBefore = Math.round(process.memoryUsage().rss / 2 ** 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const [summary] = await importFiles(handle.db, {
    territory,
    files: [path.join(dir, "liste-electorale.csv")],
    electoralListRequest: { authority: "mairie", requestedOn: "2026-01-10", requester: "Benchmark" },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = Math.round((used.user + used.system) / 1e5) / 10;
  const serverCpuSeconds = await backendCpuSeconds(handle.db);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const [{ id }] = await handle.db.query.campaigns.findMany({ columns: { id: true } });
  const criteria: Record<string, object> = {
    all: {},
    bureau: { bureaux: ["0007"] },
    sex: { sex: "F" },
    "age band": { ageMin: 25, ageMax: 39 },
    "bureaux × sex × age": { bureaux: ["0001", "0002", "0003"], sex: "M", ageMin: 65 },
    "tags + consent": { tags: ["benevole"], consent: "news_email" },
  };
  const counts: Record<string, { count: number; medianMs: number; p95Ms: number }> = {};
  for (const [name, where] of Object.entries(criteria)) {
    const parsed = parseSegmentCriteria(where);
    await countSegment(handle.db, id, parsed);
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      count = (await countSegment(handle.db, id, parsed)).count;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    counts[name] = {
      count,
      medianMs: Math.round(times[7] * 10) / 10,
      p95Ms: Math.round(times[Math.ceil(0.95 * times.length) - 1] * 10) / 10,
    };
  }
  await handle.close();
  const list = summary.electoralList;
  console.log(
    JSON.stringify({
      status: summary.status,
      errors: summary.errors.slice(0, 3),
      electors: list?.electors,
      rows: list?.rows,
      geocoding: list && {
        address: list.geocoding.address,
        street: list.geocoding.street,
        none: list.geocoding.none,
      },
      seconds: Math.round(seconds * 10) / 10,
      cpuSeconds,
      serverCpuSeconds,
      rssBeforeMb: rssBefore,
      peakRssMb,
      counts,
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--run") return child(args[1], args[2]);
  const keep = process.env.BENCH_PEOPLE_DIR;
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), "terrain-bench-people-"));
  const name = `terrain_bench_people_${randomBytes(4).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    if (!keep || !existsSync(path.join(dir, "liste-electorale.csv"))) {
      const t0 = performance.now();
      const { demo } = await writeDemo(dir, { bureaux, voters });
      const generated = (performance.now() - t0) / 1000;
      console.log(
        `generated ${demo.truth.electors.total.toLocaleString("en")} electors in ${bureaux} bureaux in ${generated.toFixed(1)} s`,
      );
    }
    await admin.unsafe(`create database ${name}`);
    const u = new URL(baseUrl);
    u.pathname = `/${name}`;
    // The BAN addresses first, in this process (untimed): the child measures the list alone.
    const handle = await createDb({ databaseUrl: u.toString() });
    await importFiles(handle.db, { territory: "29999", files: [path.join(dir, "adresses-ban.csv")] });
    await handle.close();
    const out = spawnSync(
      process.execPath,
      [...process.execArgv, ...flags, here, "--run", u.toString(), dir],
      {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      },
    );
    if (out.status !== 0) throw new Error(out.stderr);
    process.stderr.write(out.stderr);
    const r = JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}");
    const ok = (pass: boolean) => (pass ? "ok" : "FAILS");
    console.log(
      `import: ${r.status}, ${r.electors} electors (${r.rows} rows), geocoded ${JSON.stringify(r.geocoding)}`,
    );
    if (r.errors.length) console.log(r.errors.join("\n"));
    console.log(
      `  ${r.seconds} s (threshold 30 s: ${ok(r.seconds < 30)}), Node's CPU ${r.cpuSeconds} s + PostgreSQL backends' CPU ${r.serverCpuSeconds ?? "?"} s (the work itself, whatever the load)`,
    );
    console.log(
      `  peak RSS ${r.peakRssMb} MB (threshold 500 MB: ${ok(r.peakRssMb < 500)}), before the list ${r.rssBeforeMb} MB`,
    );
    for (const [label, c] of Object.entries(
      r.counts as Record<string, { count: number; medianMs: number; p95Ms: number }>,
    )) {
      console.log(
        `segment ${label}: ${c.count} persons, median ${c.medianMs} ms, p95 ${c.p95Ms} ms (threshold 200 ms: ${ok(c.medianMs < 200)})`,
      );
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
