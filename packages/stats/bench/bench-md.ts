/**
 * MD sampler benchmark, side by side with eiPack's ei.MD.bayes (Debian's R) in the same run:
 * 1. time per iteration, one chain, on senc (212 × 3 × 3) and on a simulated 900 × 8 × 6;
 * 2. effective samples per second on senc: our chains in parallel worker threads (one per
 *    core) against one eiPack chain (R is single-threaded), ESS of the aggregate shares by
 *    the same estimator (convergence.ts) on both sides; in wall time and, since the machine
 *    may be shared, normalised by CPU time (each chain on a free core).
 * Usage: npx tsx packages/stats/bench/bench-md.ts   (about 1–2 minutes on 2 free cores;
 *        BENCH_MD_SAMPLES sets the draws per chain of the ESS part, default 100000)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EiInput } from "../src/contract.ts";
import { effectiveSampleSize } from "../src/convergence.ts";
import { runMd } from "../src/md-bayes.ts";
import { runMdChain } from "../src/md-chain.ts";
import { prepareMdData } from "../src/md-data.ts";
import { loadSenc } from "../src/md-senc.ts";
import { simulateMd } from "../src/md-simulate.ts";
import { createRng } from "../src/rng.ts";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const dataDir = path.resolve(repoRoot, "../shared/data");
const rScript = path.join(repoRoot, "packages/stats/reference/bench_md.R");
const work = mkdtempSync(path.join(tmpdir(), "bench-md-"));

interface RRun {
  seconds: number;
  cpuSeconds: number;
  iterations: number;
  msPerIteration: number;
  cpuMsPerIteration: number;
}

/** Integer margins for eiPack: rows rounded by largest remainder to the column total. */
function integerRows(input: EiInput): EiInput {
  const units = input.units.map((u) => {
    const total = u.cols.reduce((a, b) => a + b, 0);
    const sum = u.rows.reduce((a, b) => a + b, 0);
    const raw = u.rows.map((v) => (v / sum) * total);
    const rows = raw.map(Math.floor);
    const order = raw.map((v, k) => [v - Math.floor(v), k]).sort((a, b) => b[0] - a[0]);
    let left = total - rows.reduce((a, b) => a + b, 0);
    for (const [, k] of order) if (left-- > 0) rows[k]++;
    return { ...u, rows };
  });
  return { ...input, units };
}

function writeCsv(input: EiInput, file: string): void {
  const R = input.rows.length;
  const C = input.cols.length;
  const head = [
    ...Array.from({ length: R }, (_, r) => `r${r + 1}`),
    ...Array.from({ length: C }, (_, c) => `c${c + 1}`),
  ];
  const lines = input.units.map((u) => [...u.rows, ...u.cols].join(","));
  writeFileSync(file, `${head.join(",")}\n${lines.join("\n")}\n`);
}

function runR(
  input: EiInput,
  burnin: number,
  samples: number,
  drawsOut: string | null,
  tunes: [number, number],
): RRun {
  const csv = path.join(work, `data-${input.units.length}-${input.rows.length}.csv`);
  writeCsv(input, csv);
  const args = [
    rScript,
    csv,
    String(input.rows.length),
    String(input.cols.length),
    String(burnin),
    String(samples),
  ];
  args.push(drawsOut ?? "none", "1", String(tunes[0]), String(tunes[1]));
  const out = execFileSync("Rscript", args, { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as RRun;
}

/** Wall and CPU milliseconds per iteration of one in-process chain. */
function oursPerIteration(input: EiInput, burnin: number, samples: number): { wall: number; cpu: number } {
  const data = prepareMdData(input);
  const opts = { samples, burnin, thin: 1, lambda1: 4, lambda2: 2, keepUnits: false };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  runMdChain(data, opts, createRng(1));
  const c1 = process.cpuUsage(c0);
  const n = burnin + samples;
  return { wall: (performance.now() - t0) / n, cpu: (c1.user + c1.system) / 1000 / n };
}

const rows: string[][] = [];
const senc = loadSenc(dataDir);
if (!senc) throw new Error(`${dataDir}/ei/senc.tab.gz is absent`);
const sim = integerRows(
  simulateMd({ units: 900, R: 8, C: 6, minSize: 300, maxSize: 1500 }, createRng(900)).input,
);

for (const [name, input, burnin, samples, tunes] of [
  ["senc 212×3×3", senc.input, 1000, 4000, [10, 300]],
  ["simulated 900×8×6", sim, 100, 200, [2, 30]],
] as const) {
  const ours = oursPerIteration(input, burnin, samples);
  const r = runR(input, burnin, samples, null, [tunes[0], tunes[1]]);
  rows.push([
    `CPU ms/iteration, 1 chain, ${name}`,
    ours.cpu.toFixed(3),
    r.cpuMsPerIteration.toFixed(3),
    (r.cpuMsPerIteration / ours.cpu).toFixed(2),
  ]);
  rows.push([
    `wall ms/iteration, 1 chain, ${name}`,
    ours.wall.toFixed(3),
    r.msPerIteration.toFixed(3),
    (r.msPerIteration / ours.wall).toFixed(2),
  ]);
}

// Effective samples per second on senc.
const burnin = 5000;
const samples = Number(process.env.BENCH_MD_SAMPLES ?? 100000);
const chains = Math.max(2, availableParallelism());
const cpu0 = process.cpuUsage();
const ours = await runMd(senc.input, { seed: 3, samples, burnin, thin: 1, chains });
const cpuUsed = process.cpuUsage(cpu0);
// process.cpuUsage covers every thread of the process, the chain workers included.
const oursCpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
const oursEss = ours.diagnostics.ess?.flat() ?? [];
const drawsFile = path.join(work, "draws.csv");
const r = runR(senc.input, burnin, samples, drawsFile, [10, 300]);
const rowTotals = [0, 1, 2].map((k) => senc.input.units.reduce((a, u) => a + u.rows[k], 0));
const draws = readFileSync(drawsFile, "utf8")
  .trim()
  .split("\n")
  .map((l) => l.split(",").map(Number));
const rEss: number[] = [];
for (let rr = 0; rr < 3; rr++) {
  for (let c = 0; c < 3; c++) {
    // eiPack's Cell.counts columns are column-major: row r, column c at r + 3c.
    const x = Float64Array.from(draws, (d) => d[rr + 3 * c] / rowTotals[rr]);
    rEss.push(effectiveSampleSize([x]));
  }
}
const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;
const oursRate = mean(oursEss) / (ours.diagnostics.elapsedMs / 1000);
const rRate = mean(rEss) / r.seconds;
const oursMin = Math.min(...oursEss) / (ours.diagnostics.elapsedMs / 1000);
const rMin = Math.min(...rEss) / r.seconds;
// On a shared machine wall time mostly measures the neighbours; the CPU-normalised rate
// assumes the chains get one free core each (they share nothing but the start-up).
const oursCpuRate = (mean(oursEss) * chains) / oursCpuSeconds;
const rCpuRate = mean(rEss) / r.cpuSeconds;
const ratio = (a: number, b: number): string => (a / b).toFixed(2);
const perDraw = [mean(oursEss) / (chains * samples), mean(rEss) / samples];
rows.push([
  `ESS/s wall (mean over cells), senc, ${chains} chains vs eiPack 1`,
  oursRate.toFixed(2),
  rRate.toFixed(2),
  ratio(oursRate, rRate),
]);
rows.push([
  `ESS/s wall (min over cells), senc, ${chains} chains vs eiPack 1`,
  oursMin.toFixed(2),
  rMin.toFixed(2),
  ratio(oursMin, rMin),
]);
rows.push([
  `ESS/s on ${chains} free cores (CPU-normalised, mean)`,
  oursCpuRate.toFixed(2),
  rCpuRate.toFixed(2),
  ratio(oursCpuRate, rCpuRate),
]);
rows.push([
  "ESS per draw (mean over cells)",
  perDraw[0].toFixed(5),
  perDraw[1].toFixed(5),
  ratio(perDraw[0], perDraw[1]),
]);

const header = ["measure", "Terrain", "eiPack", "ratio (higher is better for Terrain)"];
const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
const line = (cells: string[]): string => cells.map((c, k) => c.padEnd(widths[k])).join(" | ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
for (const row of rows) console.log(line(row));
console.log(
  `load average at the end: ${loadavg()
    .map((v) => v.toFixed(1))
    .join(" ")} on ${availableParallelism()} cores`,
);
const wall = (ours.diagnostics.elapsedMs / 1000).toFixed(1);
console.log(
  `(${chains} chains of ${burnin}+${samples} iterations: wall ${wall} s, CPU ${oursCpuSeconds.toFixed(1)} s; eiPack 1 chain: wall ${r.seconds.toFixed(1)} s, CPU ${r.cpuSeconds.toFixed(1)} s)`,
);
rmSync(work, { recursive: true, force: true });
