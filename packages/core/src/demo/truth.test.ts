import { beforeAll, describe, expect, it } from "vitest";
import { ELECTIONS } from "./elections.ts";
import { type GeneratedDemo, generateDemo } from "./generate-demo.ts";
import { ELECTION_DAYS } from "./timeline.ts";
import type { TruthResults, TruthTable } from "./truth.ts";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const colSums = (m: number[][]) => m[0].map((_, j) => sum(m.map((r) => r[j])));
const rowSums = (m: number[][]) => m.map(sum);
/** A round's published figures as a choice vector: abstentions, blancs, nuls, candidates. */
const asChoices = (r: TruthResults) => [r.abstentions, r.blancs, r.nuls, ...Object.values(r.voix)];

describe("demo truth", () => {
  let demo: GeneratedDemo;
  beforeAll(() => {
    demo = generateDemo({ seed: 3, bureaux: 10, voters: 9_000 });
  });

  it("reproduces the individual voters: an independent recount of age × choice per bureau", () => {
    const { model, truth } = demo;
    const { persons } = model.population;
    ELECTIONS.forEach((spec, e) => {
      const table = truth.groups[spec.id].age;
      const recount = new Map<string, number>();
      model.behaviour.votes[e].forEach((v, i) => {
        if (v < 0) return;
        const age = ELECTION_DAYS[e].year - persons[i].birth;
        const band = [25, 40, 55, 65, 80, 999].findIndex((limit) => age < limit);
        const bureau = model.bureaux[model.cellBureau[model.behaviour.cell[i]]].code;
        const key = `${bureau}|${band}|${v}`;
        recount.set(key, (recount.get(key) ?? 0) + 1);
      });
      for (const [code, m] of Object.entries(table.byBureau)) {
        m.forEach((row, g) => {
          row.forEach((n, c) => {
            expect(n).toBe(recount.get(`${code}|${g}|${c}`) ?? 0);
          });
        });
      }
    });
  });

  it("has group × choice tables whose margins are the published results, per bureau and in total", () => {
    for (const spec of ELECTIONS) {
      const results = demo.truth.results[spec.id];
      for (const [dim, table] of Object.entries(demo.truth.groups[spec.id])) {
        expect(table.cols, dim).toEqual(demo.truth.elections.find((x) => x.id === spec.id)?.choices);
        expect(colSums(table.total), `${spec.id} ${dim}`).toEqual(asChoices(results.total));
        for (const [code, m] of Object.entries(table.byBureau)) {
          expect(colSums(m), `${spec.id} ${dim} ${code}`).toEqual(asChoices(results.byBureau[code]));
        }
        const bureauSum = Object.values(table.byBureau).reduce(
          (acc, m) => acc.map((row, g) => row.map((n, c) => n + m[g][c])),
          table.total.map((row) => row.map(() => 0)),
        );
        expect(bureauSum).toEqual(table.total);
      }
    }
  });

  it("has transfer tables between every pair of rounds whose margins are both rounds' results", () => {
    const ids = ELECTIONS.map((e) => e.id);
    expect(Object.keys(demo.truth.transfers)).toHaveLength((ids.length * (ids.length - 1)) / 2);
    const check = (t: TruthTable, a: TruthResults, b: TruthResults, label: string) => {
      const rows = rowSums(t.total.length ? t.total : []);
      expect(rows.slice(0, -1), label).toEqual(asChoices(a));
      expect(colSums(t.total).slice(0, -1), label).toEqual(asChoices(b));
      expect(t.total[t.rows.length - 1][t.cols.length - 1]).toBe(0);
    };
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const t = demo.truth.transfers[`${ids[i]}>${ids[j]}`];
        check(t, demo.truth.results[ids[i]].total, demo.truth.results[ids[j]].total, `${ids[i]}>${ids[j]}`);
        for (const [code, m] of Object.entries(t.byBureau)) {
          check(
            { ...t, total: m },
            demo.truth.results[ids[i]].byBureau[code],
            demo.truth.results[ids[j]].byBureau[code],
            code,
          );
        }
      }
    }
    // Between the two rounds of one election the register does not change.
    const t = demo.truth.transfers["mun2026t1>mun2026t2"];
    expect(sum(t.total[t.rows.length - 1])).toBe(0);
    // The green list merges into the union of the left: most of its voters follow.
    const eco = t.rows.indexOf("KERBRENN ÉCOLOGIE");
    const ug = t.cols.indexOf("KERBRENN EN COMMUN");
    expect(t.total[eco][ug] / sum(t.total[eco])).toBeGreaterThan(0.5);
  });

  it("counts the census from the same individuals (sums of categories equal their totals)", () => {
    const pop = demo.files.get("base-ic-evol-struct-pop-2021.csv")?.toString("utf8") ?? "";
    const [head, ...rows] = pop.trimEnd().split("\n");
    const h = head.split(";");
    let total = 0;
    for (const line of rows) {
      const f = line.split(";");
      const v = (name: string) => Number(f[h.indexOf(name)]);
      total += v("P21_POP");
      expect(v("P21_POPH") + v("P21_POPF")).toBe(v("P21_POP"));
      expect(sum([1, 2, 3, 4, 5, 6, 7, 8].map((k) => v(`C21_POP15P_CS${k}`)))).toBe(v("C21_POP15P"));
      expect(sum(["0014", "1529", "3044", "4559", "6074", "75P"].map((b) => v(`P21_POP${b}`)))).toBe(
        v("P21_POP"),
      );
    }
    const present = demo.model.population.households
      .filter((x) => x.arrive === 0)
      .reduce((a, x) => a + x.persons.length, 0);
    expect(total).toBe(present);
  });

  it("has contextual effects: a group votes differently where it is numerous (aggregation bias)", () => {
    // Share of social-housing tenants among a bureau's voters against their own abstention rate
    // at the municipal round 1: composition alone would give no correlation.
    const table = demo.truth.groups.mun2026t1.logement;
    const hlm = table.rows.indexOf("hlm");
    const xs: number[] = [];
    const ys: number[] = [];
    for (const m of Object.values(table.byBureau)) {
      const voters = sum(m.map(sum));
      const group = sum(m[hlm]);
      if (group < 20) continue;
      xs.push(group / voters);
      ys.push(m[hlm][0] / group);
    }
    expect(xs.length).toBeGreaterThan(3);
    const mean = (v: number[]) => sum(v) / v.length;
    const mx = mean(xs);
    const my = mean(ys);
    const cov = sum(xs.map((x, i) => (x - mx) * (ys[i] - my)));
    const r = cov / Math.sqrt(sum(xs.map((x) => (x - mx) ** 2)) * sum(ys.map((y) => (y - my) ** 2)));
    expect(Math.abs(r)).toBeGreaterThan(0.3);
  });

  it("gives each bureau's census counts, adding up to the IRIS tables' totals", () => {
    const pop = demo.files.get("base-ic-evol-struct-pop-2021.csv")?.toString("utf8") ?? "";
    const [head, ...rows] = pop.trimEnd().split("\n");
    const h = head.split(";");
    const bureaux = Object.values(demo.truth.bureauCensus);
    expect(bureaux).toHaveLength(demo.truth.bureaux.length);
    for (const variable of ["P21_POP", "C21_POP15P_CS3", "C21_POP15P_CS6", "P21_POP80P"]) {
      const irisTotal = sum(rows.map((r) => Number(r.split(";")[h.indexOf(variable)])));
      expect(sum(bureaux.map((b) => b[variable] ?? 0)), variable).toBe(irisTotal);
    }
  });
});
