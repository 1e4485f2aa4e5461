/**
 * Benchmark of the turf cutter (npm run bench:turfs runs it): seeded synthetic communes
 * (packages/stats/src/turf-fixtures.ts) cut into turfs of 60 doors, walking orders included.
 * Issue 12's target: 60,000 doors in under 5 s; also a 150,000-door city in 170 bureaux.
 * Prints time (median and minimum of a few runs after a warm-up) and the balance figures.
 */
import { cutTurfs } from "../src/cut-turfs.ts";
import { allDoorIds, makeLayout } from "../src/turf-fixtures.ts";
import type { CutTurfsOptions, TurfBuilding } from "../src/turf-types.ts";

interface Case {
  name: string;
  buildings: TurfBuilding[];
  options: CutTurfsOptions;
}

const city = makeLayout({ seed: 2026, rows: 40, cols: 45, bx: 17, by: 10, towers: 200 });
const town = makeLayout({ seed: 12, rows: 25, cols: 30, bx: 8, by: 6, towers: 60 });
const cases: Case[] = [
  { name: "city, 60 doors", buildings: city, options: { target: { doors: 60 } } },
  { name: "city, 120 min", buildings: city, options: { target: { minutes: 120 } } },
  { name: "town, 60 doors", buildings: town, options: { target: { doors: 60 } } },
];
const runs = Number(process.env.BENCH_RUNS ?? 3);

console.log(
  "case            | buildings | doors   | bureaux | turfs | ms median (min) | min/max ratio | unbalanced | split streets (breaks, before pass)",
);
for (const c of cases) {
  const doors = allDoorIds(c.buildings).length;
  const bureaux = new Set(c.buildings.map((b) => b.bureau)).size;
  const times: number[] = [];
  let cut = cutTurfs(c.buildings, c.options);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    cut = cutTurfs(c.buildings, c.options);
    times.push(performance.now() - t0);
  }
  const raw = cutTurfs(c.buildings, { ...c.options, streetPass: false });
  times.sort((a, b) => a - b);
  const s = cut.summary;
  console.log(
    [
      c.name.padEnd(15),
      String(c.buildings.length).padStart(9),
      String(doors).padStart(7),
      String(bureaux).padStart(7),
      String(s.turfs).padStart(5),
      `${times[Math.floor(times.length / 2)].toFixed(0)} (${times[0].toFixed(0)})`.padStart(15),
      `${s.minRatio.toFixed(2)}/${s.maxRatio.toFixed(2)}`.padStart(13),
      String(s.unbalanced).padStart(10),
      `${s.splitStreets} (${s.streetBreaks}; ${raw.summary.splitStreets}, ${raw.summary.streetBreaks})`,
    ].join(" | "),
  );
}
