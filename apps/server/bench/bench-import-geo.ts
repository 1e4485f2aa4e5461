/**
 * `npm run bench:import-geo [-- --mb 200 --scenario national|commune]`: how the server holds
 * up while a large GeoJSON contour file is imported through its upload route (issue 10,
 * item 6: "a 200 MB contour file adds 1.1 GB and freezes /api/health for up to 17 s").
 *
 * Generates the file (national: bureaux of many communes, the campaign's among them, as the
 * national file is; commune: every feature in the campaign's commune), starts `terrain serve`
 * as a child process on a fresh embedded database with the contours limit raised to fit the
 * file, uploads it (streamed, NDJSON progress), and asks /api/health one request after the
 * other from the start of the upload to the import's end. Prints the health latencies while
 * the file is imported (after the upload) and over the whole run (a server whose event loop
 * is blocked may not even have sent its response headers), the import's time, and the
 * server's RSS before the import, sampled during it, and at its peak (VmHWM, start-up
 * included). Asserts nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { mb: { type: "string", default: "200" }, scenario: { type: "string", default: "national" } },
});
const targetBytes = Number(values.mb) * 1e6;
const scenario = values.scenario === "commune" ? "commune" : "national";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "terrain-bench-geo-"));
const TERRITORY = "29019";

/** A closed ring of `n` points around (x, y), 6 decimals. */
function ring(x: number, y: number, d: number, n: number): number[][] {
  const points = Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    return [Number((x + d * Math.cos(a)).toFixed(6)), Number((y + d * Math.sin(a)).toFixed(6))];
  });
  return [...points, points[0]];
}

async function generate(file: string): Promise<{ features: number; inTerritory: number }> {
  const out = createWriteStream(file);
  let bytes = 0;
  let features = 0;
  let inTerritory = 0;
  const write = async (text: string) => {
    bytes += text.length;
    if (!out.write(text)) await new Promise<void>((r) => out.once("drain", () => r()));
  };
  await write('{"type":"FeatureCollection","features":[\n');
  while (bytes < targetBytes) {
    const commune = scenario === "commune" ? TERRITORY : String(29001 + (features % 300)).padStart(5, "0");
    const number = scenario === "commune" ? features + 1 : Math.floor(features / 300) + 1;
    if (commune === TERRITORY) inTerritory++;
    const geometry = {
      type: "Polygon",
      coordinates: [
        ring(-4.5 + (features % 300) * 0.002, 48 + Math.floor(features / 300) * 0.0005, 0.0002, 60),
      ],
    };
    const feature = {
      type: "Feature",
      properties: { codeCommune: commune, BVOTE: String(number) },
      geometry,
    };
    await write(`${features ? ",\n" : ""}${JSON.stringify(feature)}`);
    features++;
  }
  await write("\n]}\n");
  await new Promise<void>((r) => out.end(() => r()));
  return { features, inTerritory };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<{ child: ChildProcess; url: string; token: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TERRAIN_LOG_LEVEL: "warn",
    TERRAIN_IMPORT_MAX_CONTOURS_MB: String(Math.ceil((targetBytes * 1.1) / 1e6)),
  };
  for (const key of ["DATABASE_URL", "TERRAIN_BASE_URL", "TERRAIN_DATA_DIR", "PORT", "HOST"]) delete env[key];
  const bin = path.join(repoRoot, "apps/server/bin/terrain.mjs");
  const args = [bin, "serve", "--no-demo", "--port", String(port), "--data-dir", path.join(dir, "data")];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const token = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      output += d;
      const match = /setup\?token=([\w-]+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`terrain serve exited (${code}):\n${output}`)));
  });
  child.once("exit", (code, signal) => {
    if (code !== 0) console.error(`terrain serve exited (${code ?? signal}):\n${output.slice(-3000)}`);
  });
  return { child, url: `http://localhost:${port}`, token };
}

/** RSS figures of a process from /proc (Linux), in MB: current and peak. */
function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
}

async function signedIn(url: string, token: string): Promise<{ cookie: string; campaignId: string }> {
  const user = { name: "Bench", email: "bench@example.org", password: "a-long-bench-password-1" };
  const json = { "content-type": "application/json", origin: url };
  const setup = await fetch(`${url}/api/setup`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ token, ...user }),
  });
  if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const campaign = await fetch(`${url}/api/campaigns`, {
    method: "POST",
    headers: { ...json, cookie },
    body: JSON.stringify({ name: "Bench", territory: TERRITORY }),
  });
  if (campaign.status !== 201) throw new Error(`campaign: ${campaign.status} ${await campaign.text()}`);
  return { cookie, campaignId: ((await campaign.json()) as { id: string }).id };
}

const quantile = (sorted: number[], q: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main(): Promise<void> {
  const file = path.join(dir, "contours.geojson");
  const generated = await generate(file);
  const size = statSync(file).size;
  const { child, url, token } = await startServer();
  try {
    const { cookie, campaignId } = await signedIn(url, token);
    const before = rssMb(child.pid as number);
    const boundary = "----terrain-bench-geo";
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="contours.geojson"\r\nContent-Type: application/geo+json\r\n\r\n`,
      );
      for await (const chunk of createReadStream(file)) yield chunk as Buffer;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const health: { phase: string; ms: number }[] = [];
    type Phase = "upload" | "import" | "done";
    const state = { phase: "upload" as Phase };
    const ended = () => state.phase === "done";
    let rssDuring = before.rss;
    const sampler = setInterval(() => {
      rssDuring = Math.max(rssDuring, rssMb(child.pid as number).rss);
    }, 100);
    const poll = (async () => {
      while (!ended()) {
        const at = state.phase;
        const start = performance.now();
        await (await fetch(`${url}/api/health`)).json();
        if (!ended()) health.push({ phase: at, ms: performance.now() - start });
      }
    })();
    const started = performance.now();
    const res = await fetch(`${url}/api/campaigns/${campaignId}/imports`, {
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        cookie,
        origin: url,
        accept: "application/x-ndjson",
      },
      body: body() as unknown as BodyInit,
      duplex: "half",
    } as RequestInit);
    const uploaded = performance.now();
    state.phase = "import";
    const text = await res.text();
    const finished = performance.now();
    state.phase = "done";
    await poll;
    clearInterval(sampler);
    const done = text
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            summaries?: { status: string; bureaux?: number; errors: string[] }[];
          },
      )
      .find((l) => l.type === "done");
    const after = rssMb(child.pid as number);
    const during = health
      .filter((h) => h.phase === "import")
      .map((h) => h.ms)
      .sort((a, b) => a - b);
    const all = health.map((h) => h.ms).sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 10) / 10;
    const stats = (sorted: number[]) => ({
      answers: sorted.length,
      p50Ms: round(quantile(sorted, 0.5)),
      p99Ms: round(quantile(sorted, 0.99)),
      maxMs: round(sorted.at(-1) ?? Number.NaN),
    });
    console.log(
      JSON.stringify(
        {
          scenario,
          fileMb: round(size / 1e6),
          features: generated.features,
          featuresInTerritory: generated.inTerritory,
          status: done?.summaries?.[0]?.status,
          bureaux: done?.summaries?.[0]?.bureaux,
          errors: done?.summaries?.[0]?.errors.slice(0, 3),
          uploadSeconds: round((uploaded - started) / 1000),
          importSeconds: round((finished - uploaded) / 1000),
          healthDuringImport: stats(during),
          healthFromUploadToEnd: stats(all),
          serverRssMb: { beforeImport: before.rss, peakSampled: rssDuring, peak: after.peak },
          loadAverage: os.loadavg().map(round),
        },
        null,
        2,
      ),
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
