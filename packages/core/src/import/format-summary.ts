import type { ImportSummary } from "./summary.ts";

const n = (value: number): string => value.toLocaleString("fr-FR");

const STATUS: Record<ImportSummary["status"], string> = {
  imported: "importé",
  unchanged: "inchangé (déjà importé)",
  rejected: "rejeté",
};

const KIND: Record<string, string> = {
  results: "résultats",
  "bureau-contours": "contours des bureaux",
  "iris-contours": "contours des IRIS",
  "iris-table": "table IRIS de l'Insee",
  "reu-addresses": "adresses du REU",
  "ban-addresses": "adresses BAN",
  "electoral-list": "liste électorale",
  unknown: "format inconnu",
};

/** A file's import summary as text lines for the command line, in French (errors excluded: they go to stderr). */
export function formatSummary(s: ImportSummary): string[] {
  const head = `${s.file}${s.pairedWith ? ` + ${s.pairedWith}` : ""} : ${STATUS[s.status]}`;
  const lines: string[] = [];
  if (s.election)
    lines.push(`${head} — ${s.election.label} (${s.election.id}), ${n(s.bureaux ?? 0)} bureaux`);
  else
    lines.push(
      `${head} — ${KIND[s.kind] ?? s.kind}${s.bureaux ? `, ${n(s.bureaux)} bureaux` : ""}${s.iris ? `, ${n(s.iris)} IRIS` : ""}`,
    );
  if (s.totals) {
    const t = s.totals;
    lines.push(
      `  inscrits ${n(t.inscrits)} · votants ${n(t.votants)} · exprimés ${n(t.exprimes)} · blancs ${n(t.blancs)} · nuls ${n(t.nuls)}`,
    );
  }
  if (s.candidates?.length) {
    lines.push(
      `  ${s.candidates.map((c) => `${c.name} (${c.nuance ?? "sans nuance"}) ${n(c.voix)}`).join(" ; ")}`,
    );
  }
  if (s.bureauMatching) {
    const m = s.bureauMatching;
    lines.push(
      `  bureaux : ${n(m.matched)} déjà connus, ${n(m.added)} ajoutés, ${n(m.absent)} connus mais absents de ce fichier`,
    );
  }
  if (s.variables) lines.push(`  ${s.variables} variables par IRIS`);
  if (s.addresses && s.addresses.total > 0) {
    const a = s.addresses;
    lines.push(
      `  adresses : ${n(a.total)}, dont ${n(a.withBureau)} dans un bureau et ${n(a.withIris)} dans un IRIS`,
    );
  }
  if (s.weights) {
    const by = s.weights.method === "addresses" ? "les adresses" : "les surfaces";
    lines.push(`  poids IRIS → bureau : ${n(s.weights.cells)} cellules, calculés par ${by}`);
  }
  if (s.electoralList) lines.push(...formatElectoralList(s.electoralList));
  if (s.skippedOutsideTerritory > 0)
    lines.push(`  ${n(s.skippedOutsideTerritory)} lignes hors du territoire ignorées`);
  for (const w of s.warnings) lines.push(`  attention : ${w}`);
  return lines;
}

/** An electoral list's lines: persons, changes since the previous list, share geocoded (worst bureaux first). */
function formatElectoralList(l: NonNullable<ImportSummary["electoralList"]>): string[] {
  const pct = (part: number, all: number) => `${all === 0 ? 0 : Math.round((100 * part) / all)} %`;
  const g = l.geocoding;
  const all = g.address + g.street + g.none;
  const worst = [...g.byBureau]
    .sort((a, b) => a.address / Math.max(a.electors, 1) - b.address / Math.max(b.electors, 1))
    .slice(0, 3)
    .map((b) => `${b.bureau ?? "sans bureau"} ${pct(b.address, b.electors)}`);
  return [
    `  électeurs : ${n(l.electors)} personnes (${n(l.rows)} lignes), dont ${n(l.europeanOnly)} sur la seule liste complémentaire européenne`,
    `  depuis la liste précédente : ${n(l.arrivals)} arrivées, ${n(l.departures)} départs, ${n(l.moves)} déménagements`,
    `  géocodage : ${pct(g.address, all)} à l'adresse, ${pct(g.street, all)} à la rue, ${pct(g.none, all)} non localisés ; bureaux les moins localisés : ${worst.join(", ")}`,
  ];
}
