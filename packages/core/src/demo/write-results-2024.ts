import { electedOf } from "./elected.ts";
import type { ElectionSpec } from "./elections.ts";
import { frPercent, ministryQuote as q } from "./format.ts";
import { DEMO_COMMUNE_NAME, DEMO_DEPARTEMENT, DEMO_TERRITORY } from "./options.ts";
import type { Region } from "./regions.ts";
import type { Counts } from "./tally.ts";

const GENERAL = [
  "Code département",
  "Libellé département",
  "Code commune",
  "Libellé commune",
  "Code BV",
  "Inscrits",
  "Votants",
  "% Votants",
  "Abstentions",
  "% Abstentions",
  "Exprimés",
  "% Exprimés/inscrits",
  "% Exprimés/votants",
  "Blancs",
  "% Blancs/inscrits",
  "% Blancs/votants",
  "Nuls",
  "% Nuls/inscrits",
  "% Nuls/votants",
];
const CANDIDATE_BLOCK = [
  "Numéro de panneau",
  "Nuance candidat",
  "Nom candidat",
  "Prénom candidat",
  "Sexe candidat",
  "Voix",
  "% Voix/inscrits",
  "% Voix/exprimés",
  "Elu",
];
const LIST_BLOCK = [
  "Numéro de panneau",
  "Nuance liste",
  "Libellé abrégé de liste",
  "Libellé de liste",
  "Nom tête de liste",
  "Prénom tête de liste",
  "Sexe tête de liste",
  "Voix",
  "% Voix/inscrits",
  "% Voix/exprimés",
  "Sièges",
];

const pct = (num: number, den: number) => q(`${frPercent(num, den)}%`);

/**
 * Writes a round in the Ministry's 2024 layout: UTF-8, `;`, LF, one row per bureau,
 * 5-digit commune code, 4-digit bureau code, percentages as "71,46%", official quoting,
 * then one numbered block per candidate (legislative) or per list (municipal: nuance,
 * short and full list label, head of list, seats).
 */
export function writeResults2024(
  spec: ElectionSpec,
  bureaux: readonly Region[],
  byBureau: readonly Counts[],
  total: Counts,
): Buffer {
  const lists = spec.kind === "mun";
  const block = lists ? LIST_BLOCK : CANDIDATE_BLOCK;
  const header = [...GENERAL];
  spec.candidates.forEach((_, k) => {
    for (const name of block) header.push(`${name} ${k + 1}`);
  });
  const flags = electedOf(spec, total);
  const lines = [header.map(q).join(";")];
  bureaux.forEach((bureau, b) => {
    const c = byBureau[b];
    const row: (string | number)[] = [
      q(DEMO_DEPARTEMENT.code),
      DEMO_DEPARTEMENT.name,
      q(DEMO_TERRITORY),
      q(DEMO_COMMUNE_NAME),
      q(bureau.number),
      c.inscrits,
      c.votants,
      pct(c.votants, c.inscrits),
      c.abstentions,
      pct(c.abstentions, c.inscrits),
      c.exprimes,
      pct(c.exprimes, c.inscrits),
      pct(c.exprimes, c.votants),
      c.blancs,
      pct(c.blancs, c.inscrits),
      pct(c.blancs, c.votants),
      c.nuls,
      pct(c.nuls, c.inscrits),
      pct(c.nuls, c.votants),
    ];
    spec.candidates.forEach((cand, k) => {
      const v = c.voix[k];
      if (lists) {
        row.push(
          cand.panel,
          q(cand.nuance),
          q(cand.abrege ?? ""),
          q(cand.liste ?? ""),
          q(cand.nom),
          q(cand.prenom),
          cand.sexe,
        );
        row.push(v, pct(v, c.inscrits), pct(v, c.exprimes), flags[k]);
      } else {
        row.push(
          cand.panel,
          q(cand.nuance),
          q(cand.nom),
          q(cand.prenom),
          cand.sexe,
          v,
          pct(v, c.inscrits),
          pct(v, c.exprimes),
          flags[k],
        );
      }
    });
    lines.push(row.join(";"));
  });
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
