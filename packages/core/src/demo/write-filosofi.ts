import type { DemoModel } from "./build-model.ts";
import { censusResidents } from "./census.ts";
import { plainDecimal } from "./format.ts";

/** Poverty line: 60 % of the national median standard of living (about 13,900 € in 2021). */
export const POVERTY_LINE = 13_900;
const FIELDS = [
  "TP60",
  "Q1",
  "MED",
  "Q3",
  "EQ",
  "D1",
  "D2",
  "D3",
  "D4",
  "D6",
  "D7",
  "D8",
  "D9",
  "RD",
  "S80S20",
  "GI",
  "PACT",
  "PTSA",
  "PCHO",
  "PBEN",
  "PPEN",
  "PPAT",
  "PPSOC",
  "PPFAM",
  "PPMINI",
  "PPLOGT",
  "PIMPOT",
  "NOTE",
];

function quantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function gini(sorted: Float64Array): number {
  let weighted = 0;
  let sum = 0;
  sorted.forEach((v, i) => {
    weighted += (2 * (i + 1) - sorted.length - 1) * v;
    sum += v;
  });
  return weighted / (sorted.length * sum);
}

/**
 * Writes INSEE's FiLoSoFi table of disposable income per IRIS (BASE_TD_FILO_DISP_IRIS,
 * `;`, point decimals): the distribution of the standard of living (income per consumption
 * unit) over the persons of each IRIS, quantiles rounded to 10 €, poverty rate, inequality
 * ratios, Gini index, and the make-up of income (activity, pensions, assets, benefits,
 * taxes: they add up to 100) estimated from the household's activity mix.
 */
export function writeFilosofi(model: DemoModel, year = 2021): Buffer {
  const yy = String(year).slice(2);
  const incomes = model.iris.map(() => [] as number[]);
  const parts = model.iris.map(() => ({ act: 0, sal: 0, cho: 0, ben: 0, pen: 0, pat: 0, soc: 0 }));
  for (const { person: p, household: h, iris } of censusResidents(model)) {
    incomes[iris].push(h.incomeUc);
    const share = h.incomeUc;
    const acc = parts[iris];
    if (p.age2021 < 18) {
      acc.soc += 0.08 * share;
      continue;
    }
    if (p.activity === "occupe") {
      acc.act += share;
      if (p.csp <= 2) acc.ben += share;
      else acc.sal += share;
    } else if (p.activity === "chomeur") {
      acc.act += 0.6 * share;
      acc.cho += 0.6 * share;
    } else if (p.activity === "retraite") acc.pen += share;
    else acc.soc += 0.5 * share;
    acc.pat += share * (0.03 + Math.min(0.12, h.incomeUc / 400_000));
    if (h.incomeUc < 15_000) acc.soc += 0.15 * share;
  }
  const header = ["IRIS", ...FIELDS.map((f) => `DISP_${f}${yy}`)];
  const lines = [header.join(";")];
  model.iris.forEach((iris, i) => {
    const sorted = Float64Array.from(incomes[i]).sort();
    const r10 = (v: number) => String(Math.round(v / 10) * 10);
    const q = (x: number) => quantile(sorted, x);
    const n = sorted.length;
    const poor = sorted.filter((v) => v < POVERTY_LINE).length;
    const fifth = Math.floor(n / 5);
    let low = 0;
    let high = 0;
    for (let k = 0; k < fifth; k++) {
      low += sorted[k];
      high += sorted[n - 1 - k];
    }
    const a = parts[i];
    const gross = a.act + a.pen + a.pat + a.soc;
    const tax = gross * (0.12 + Math.min(0.1, q(0.5) / 300_000));
    const net = gross - tax;
    const pc = (v: number) => plainDecimal((100 * v) / net, 1);
    const soc = a.soc;
    const values = [
      plainDecimal((100 * poor) / n, 1),
      r10(q(0.25)),
      r10(q(0.5)),
      r10(q(0.75)),
      plainDecimal((q(0.75) - q(0.25)) / q(0.5), 2),
      ...[0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9].map((x) => r10(q(x))),
      plainDecimal(q(0.9) / q(0.1), 1),
      plainDecimal(high / low, 1),
      plainDecimal(gini(sorted), 3),
      pc(a.act),
      pc(a.sal),
      pc(a.cho),
      pc(a.ben),
      pc(a.pen),
      pc(a.pat),
      pc(soc),
      pc(0.35 * soc),
      pc(0.3 * soc),
      pc(0.35 * soc),
      pc(-tax),
      "0",
    ];
    lines.push([iris.code, ...values].join(";"));
  });
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
