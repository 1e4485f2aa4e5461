import { csvNumber as fr, writeCsv } from "../csv/write-csv.ts";
import type { TransferResult } from "./transfer-result.ts";

/**
 * The ranked bureaux of a transfer analysis as a CSV a French Excel opens as is (writeCsv:
 * UTF-8 with a BOM, `;` separators, decimal commas, CRLF line ends, no live formula), best
 * rank first.
 */
export function bureauxCsv(
  result: TransferResult,
  names: ReadonlyMap<string, string | null> = new Map(),
): string {
  const header = [
    "rang",
    "bureau",
    "nom",
    "inscrits",
    "participation (%)",
    "score de notre camp (%)",
    "mobilisation",
    "mobilisation min",
    "mobilisation max",
    "persuasion",
    "persuasion min",
    "persuasion max",
    "portes",
    "voix par porte",
    "voix par porte min",
    "voix par porte max",
  ];
  const rows = [...result.bureaux]
    .sort((a, b) => a.rank - b.rank)
    .map((b) => [
      b.rank,
      b.code,
      names.get(b.code) ?? "",
      Math.round(b.inscrits),
      fr(100 * b.turnout, 1),
      fr(100 * b.ourScore, 1),
      fr(b.mobilisation.value, 0),
      fr(b.mobilisation.lower, 0),
      fr(b.mobilisation.upper, 0),
      fr(b.persuasion.value, 0),
      fr(b.persuasion.lower, 0),
      fr(b.persuasion.upper, 0),
      fr(b.doors, 0),
      fr(b.gainPerDoor.value, 4),
      fr(b.gainPerDoor.lower, 4),
      fr(b.gainPerDoor.upper, 4),
    ]);
  return writeCsv(header, rows);
}
