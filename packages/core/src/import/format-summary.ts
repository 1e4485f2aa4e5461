import type { ImportSummary } from "./summary.ts";

const n = (value: number): string => value.toLocaleString("fr-FR");

/** A file's import summary as text lines for the command line (errors excluded: they go to stderr). */
export function formatSummary(s: ImportSummary): string[] {
  const head = `${s.file}${s.pairedWith ? ` + ${s.pairedWith}` : ""}: ${s.status}`;
  const lines: string[] = [];
  if (s.election)
    lines.push(`${head} — ${s.election.label} (${s.election.id}), ${n(s.bureaux ?? 0)} bureaux`);
  else
    lines.push(
      `${head} — ${s.kind}${s.bureaux ? `, ${n(s.bureaux)} bureaux` : ""}${s.iris ? `, ${n(s.iris)} IRIS` : ""}`,
    );
  if (s.totals) {
    const t = s.totals;
    lines.push(
      `  inscrits ${n(t.inscrits)} · votants ${n(t.votants)} · exprimés ${n(t.exprimes)} · blancs ${n(t.blancs)} · nuls ${n(t.nuls)}`,
    );
  }
  if (s.candidates?.length) {
    lines.push(
      `  ${s.candidates.map((c) => `${c.name} (${c.nuance ?? "sans nuance"}) ${n(c.voix)}`).join("; ")}`,
    );
  }
  if (s.bureauMatching) {
    const m = s.bureauMatching;
    lines.push(
      `  bureaux: ${n(m.matched)} matched, ${n(m.added)} added to the set, ${n(m.absent)} of the set absent`,
    );
  }
  if (s.variables) lines.push(`  ${s.variables} variables per IRIS`);
  if (s.addresses && s.addresses.total > 0) {
    const a = s.addresses;
    lines.push(`  addresses: ${n(a.total)}, ${n(a.withBureau)} in a bureau, ${n(a.withIris)} in an IRIS`);
  }
  if (s.weights) lines.push(`  IRIS → bureau weights: ${n(s.weights.cells)} cells, by ${s.weights.method}`);
  if (s.skippedOutsideTerritory > 0)
    lines.push(`  ${n(s.skippedOutsideTerritory)} rows outside the territory skipped`);
  for (const w of s.warnings) lines.push(`  warning: ${w}`);
  return lines;
}
