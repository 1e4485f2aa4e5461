import iconv from "iconv-lite";
import type { ElectionSpec } from "./elections.ts";
import { frPercent } from "./format.ts";
import { DEMO_COMMUNE_NAME, DEMO_DEPARTEMENT, DEMO_TERRITORY } from "./options.ts";
import type { Region } from "./regions.ts";
import type { Counts } from "./tally.ts";

const HEADER = [
  "Code du département",
  "Libellé du département",
  "Code de la circonscription",
  "Libellé de la circonscription",
  "Code de la commune",
  "Libellé de la commune",
  "Code du b.vote",
  "Inscrits",
  "Abstentions",
  "% Abs/Ins",
  "Votants",
  "% Vot/Ins",
  "Blancs",
  "% Blancs/Ins",
  "% Blancs/Vot",
  "Nuls",
  "% Nuls/Ins",
  "% Nuls/Vot",
  "Exprimés",
  "% Exp/Ins",
  "% Exp/Vot",
  "N°Panneau",
  "Sexe",
  "Nom",
  "Prénom",
  "Voix",
  "% Voix/Ins",
  "% Voix/Exp",
];

/**
 * Writes a round in the older Ministry layout (presidential 2017–2022 `.txt`): Windows-1252,
 * `;`, CRLF, no quotes, French decimals without `%`, the commune code without its
 * département (`999`), and a header naming only the first candidate block although every
 * row carries one block per candidate.
 */
export function writeResultsLegacy(
  spec: ElectionSpec,
  bureaux: readonly Region[],
  byBureau: readonly Counts[],
): Buffer {
  const lines = [HEADER.join(";")];
  bureaux.forEach((bureau, b) => {
    const c = byBureau[b];
    const row: (string | number)[] = [
      DEMO_DEPARTEMENT.code,
      DEMO_DEPARTEMENT.name,
      "06",
      "6ème circonscription",
      DEMO_TERRITORY.slice(2),
      DEMO_COMMUNE_NAME,
      bureau.number,
      c.inscrits,
      c.abstentions,
      frPercent(c.abstentions, c.inscrits),
      c.votants,
      frPercent(c.votants, c.inscrits),
      c.blancs,
      frPercent(c.blancs, c.inscrits),
      frPercent(c.blancs, c.votants),
      c.nuls,
      frPercent(c.nuls, c.inscrits),
      frPercent(c.nuls, c.votants),
      c.exprimes,
      frPercent(c.exprimes, c.inscrits),
      frPercent(c.exprimes, c.votants),
    ];
    spec.candidates.forEach((cand, k) => {
      const v = c.voix[k];
      row.push(
        cand.panel,
        cand.sexe === "FEMININ" ? "F" : "M",
        cand.nom,
        cand.prenom,
        v,
        frPercent(v, c.inscrits),
        frPercent(v, c.exprimes),
      );
    });
    lines.push(row.join(";"));
  });
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "win1252");
}
