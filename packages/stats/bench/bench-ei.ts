/**
 * Entry of `npm run bench:ei`: runs the engine's benchmarks one after the other as child
 * processes (bench-basic, bench-md, bench-lphom — those that exist), so that they do not
 * compete for the cores, and prints their tables.
 * Usage: npm run bench:ei [-- [basic|md|lphom …] [--no-r]]: names select benches, flags are
 * passed on to each bench.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const benches = ["bench-basic.ts", "bench-md.ts", "bench-lphom.ts"];
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--"));
let failed = 0;
for (const name of benches.filter((b) => only.length === 0 || only.some((o) => b.includes(o)))) {
  const file = path.join(here, name);
  if (!existsSync(file)) {
    console.log(`\n(${name} not present: skipped)`);
    continue;
  }
  const started = performance.now();
  const res = spawnSync("npx", ["tsx", file, ...flags], { stdio: "inherit" });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  if (res.status !== 0) {
    failed++;
    console.log(`\n${name} failed (exit ${res.status}) after ${secs} s`);
  } else {
    console.error(`${name} done in ${secs} s`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
