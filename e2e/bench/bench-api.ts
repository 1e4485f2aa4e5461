/**
 * Load benchmark of the analysis API (issue 10, item 8). Starts the real server (PGlite in a
 * fresh data folder, or PostgreSQL in a database of its own on the server named by
 * TERRAIN_BENCH_DATABASE_URL), lets it load the demo commune, creates the first administrator,
 * signs in and runs an lphom analysis; then, with autocannon on loopback at 50 connections,
 * side by side: a static file of the web app served by the same Fastify, the map endpoint
 * (a full 200 each time, and a browser's revalidation with If-None-Match), a bureau card
 * (cycling over the 40 bureaux), and the map again while an MD analysis runs. Prints req/s,
 * p50/p99, errors and the ratio to the static file against the targets; asserts nothing.
 *
 * Usage: npm run bench:api [-- --duration 10 --connections 50]
 * The machine is shared: run it more than once and read the spread (load average printed).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { ensureWebBuilt, startServer } from "../harness.ts";
import { type Target, targetRows } from "./api-targets.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const admin = { name: "Bench Admin", email: "bench@example.org", password: "bench-api-correct-horse" };

/** A database of our own on the benchmark's PostgreSQL server, dropped at the end. */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const serverUrl = process.env.TERRAIN_BENCH_DATABASE_URL;
  if (!serverUrl) return null;
  const name = `terrain_bench_api_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signIn(base: string, setupLink: string): Promise<string> {
  const token = new URL(setupLink).searchParams.get("token");
  const headers = { origin: base, "content-type": "application/json" };
  await json(
    await fetch(`${base}/api/setup`, { method: "POST", headers, body: JSON.stringify({ token, ...admin }) }),
  );
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function askAnalysis(
  base: string,
  cookie: string,
  campaignId: string,
  method: string,
): Promise<string> {
  const body = {
    kind: "transfer",
    from: "leg2024t1",
    to: "mun2026t1",
    method,
    side: { nuances: ["UG", "ECO", "LUG", "LECO", "LFI"] },
  };
  const res = await fetch(`${base}/api/campaigns/${campaignId}/analyses`, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await json<{ id: string }>(res)).id;
}

async function jobStatus(base: string, cookie: string, campaignId: string, jobId: string): Promise<string> {
  const job = await json<{ status: string; error?: string | null }>(
    await fetch(`${base}/api/campaigns/${campaignId}/analyses/${jobId}`, { headers: { cookie } }),
  );
  if (job.status === "failed") throw new Error(`analysis failed: ${job.error}`);
  return job.status;
}

async function load(label: string, requests: { url: string; headers?: Record<string, string> }[]) {
  const first = new URL(requests[0].url);
  const result = await autocannon({
    url: first.origin,
    connections,
    duration,
    requests: requests.map((r) => {
      const u = new URL(r.url);
      return { method: "GET", path: u.pathname + u.search, headers: r.headers };
    }),
  });
  const errors =
    result.errors + result.timeouts + result.non2xx - (result.statusCodeStats?.["304"]?.count ?? 0);
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    bytes: result.throughput.average,
  };
}

ensureWebBuilt();
const pg = await benchDatabase();
const kind = pg ? "PostgreSQL" : "PGlite";
console.log(
  `bench:api on ${kind}, ${connections} connections, ${duration} s per run, load ${os.loadavg()[0].toFixed(1)}`,
);
const server = await startServer({
  demo: true,
  timeoutMs: 300_000,
  env: { TERRAIN_RATE_LIMIT: "1000000000", ...(pg ? { DATABASE_URL: pg.url } : {}) },
});
try {
  const base = server.baseUrl;
  const cookie = await signIn(base, server.setupLink);
  const me = await json<{ campaigns: { id: string }[] }>(
    await fetch(`${base}/api/me`, { headers: { cookie } }),
  );
  const campaignId = me.campaigns[0].id;
  const jobId = await askAnalysis(base, cookie, campaignId, "lphom");
  while ((await jobStatus(base, cookie, campaignId, jobId)) !== "done")
    await new Promise((r) => setTimeout(r, 200));
  const api = `${base}/api/campaigns/${campaignId}`;
  const mapUrl = `${api}/bureaux?analysis=${jobId}`;
  const mapResponse = await fetch(mapUrl, { headers: { cookie } });
  const etag = mapResponse.headers.get("etag");
  const map = await json<{ features: { id: string }[] }>(mapResponse);
  const codes = map.features.map((f) => f.id);
  const html = await (await fetch(`${base}/`)).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "/favicon.svg";
  const auth = { cookie };

  const runs = [
    { label: `static file ${asset}`, requests: [{ url: `${base}${asset}`, headers: auth }] },
    { label: "static file / (index.html)", requests: [{ url: `${base}/`, headers: auth }] },
    { label: "map (200)", requests: [{ url: mapUrl, headers: auth }] },
    {
      label: "map (If-None-Match → 304)",
      requests: [{ url: mapUrl, headers: { ...auth, ...(etag ? { "if-none-match": etag } : {}) } }],
    },
    {
      label: "bureau card (200)",
      requests: codes.map((code) => ({ url: `${api}/bureaux/${code}?analysis=${jobId}`, headers: auth })),
    },
  ];
  const rows = [];
  for (const run of runs) {
    // a short untimed run first, so that every endpoint is measured warm
    await autocannon({
      url: run.requests[0].url,
      connections,
      duration: 2,
      headers: run.requests[0].headers,
    });
    rows.push(await load(run.label, run.requests));
  }
  const md = await askAnalysis(base, cookie, campaignId, "md");
  while ((await jobStatus(base, cookie, campaignId, md)) !== "running")
    await new Promise((r) => setTimeout(r, 100));
  const during = await load("map (200) while an MD analysis runs", [
    { url: `${api}/bureaux`, headers: auth },
  ]);
  const stillRunning = (await jobStatus(base, cookie, campaignId, md)) === "running";
  rows.push({ ...during, label: `${during.label}${stillRunning ? "" : " (it ended during the run)"}` });

  const targets: Target[] = [
    { row: "map (200)", kind: "ratio", max: 3, of: runs[0].label },
    { row: "map (200)", kind: "p99", max: pg ? 250 : 1000 },
    { row: "map (200) while an MD analysis runs", kind: "errors", max: 0 },
  ];
  console.log(
    `\n${kind}, ${connections} connections, load average ${os.loadavg()[0].toFixed(1)} (2 shared cores)`,
  );
  for (const line of targetRows(rows, runs[0].label, targets)) console.log(line);
  console.log(
    `map payload: ${(Buffer.byteLength(JSON.stringify(map)) / 1024).toFixed(0)} KB, ETag ${etag ?? "none"}`,
  );
} finally {
  await server.stop();
  await pg?.drop();
}
