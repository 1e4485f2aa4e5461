import { sql } from "drizzle-orm";
import type { Campaign } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { inTerritory, normaliseCommuneCode } from "../results/bureau-code.ts";
import { checkLength } from "../results/read-counts.ts";
import type { ImportSummary } from "../summary.ts";
import { parseFrenchDecimal } from "../text/french-number.ts";
import { foldName } from "../text/header.ts";
import type { CsvSource } from "../text/open-csv.ts";
import { type FileRef, fileTransaction } from "../write/file-transaction.ts";
import { insertColumns, type Tx } from "../write/insert-columns.ts";

/** Label columns of the INSEE IRIS tables: not variables. */
const LABELS = new Set(
  [
    "REG",
    "DEP",
    "UU2010",
    "UU2020",
    "COM",
    "LIBCOM",
    "TRIRIS",
    "GRD_QUART",
    "LIBIRIS",
    "TYP_IRIS",
    "MODIF_IRIS",
    "LAB_IRIS",
    "LIBGEO",
  ].map(foldName),
);

/** The INSEE table a file is, from its name. */
export function irisTableSource(name: string): string {
  const n = foldName(name);
  if (n.includes("filo")) return "filosofi";
  if (n.includes("activite") || /(^|[^a-z])act/.test(n)) return "base-ic-activite";
  if (n.includes("diplome") || n.includes("formation")) return "base-ic-diplomes";
  if (n.includes("logement")) return "base-ic-logement";
  if (n.includes("pop")) return "base-ic-population";
  return "insee";
}

/** Normalises an IRIS code to its 9 characters (leading zeros lost by spreadsheets restored). */
export function normaliseIrisCode(raw: string): string {
  const text = raw.trim().toUpperCase();
  return /^\d{8}$/.test(text) ? `0${text}` : text;
}

const BATCH = 20_000;

/**
 * Imports an INSEE table keyed by IRIS (base-ic population, activité/CSP, diplômes,
 * logement; FiLoSoFi): every numeric column becomes a variable of the long `iris_values`
 * table (French or point decimals; secret-marked cells `s`, `nd` and empty ones are null).
 * A corrected file overwrites the same variables.
 */
export async function importIrisTable(
  db: Db,
  campaign: Campaign,
  file: FileRef,
  source: CsvSource,
  onRows?: (rows: number) => void,
): Promise<ImportSummary> {
  const origin = irisTableSource(file.name);
  return fileTransaction(db, campaign, file, "iris-table", async (tx, summary, issues) => {
    const { header } = source;
    const variables = header
      .map((name, i) => ({ name, i }))
      .filter((c) => c.i > 0 && !LABELS.has(foldName(c.name)));
    const libiris = header.findIndex((h) => foldName(h) === "libiris");
    const seen = new Map<string, number>();
    const batch = { iris: [] as string[], variable: [] as string[], value: [] as (number | null)[] };
    const flush = async (t: Tx): Promise<void> => {
      const n = batch.iris.length;
      if (n === 0 || issues.errorCount > 0) return;
      await insertColumns(
        t,
        "iris_values",
        [
          { name: "campaign_id", type: "text", values: batch.iris.map(() => campaign.id) },
          { name: "iris_code", type: "text", values: batch.iris },
          { name: "variable", type: "text", values: batch.variable },
          { name: "value", type: "float8", values: batch.value },
          { name: "source", type: "text", values: batch.iris.map(() => origin) },
        ],
        sql`on conflict (campaign_id, iris_code, variable) do update set value = excluded.value, source = excluded.source`,
      );
      batch.iris = [];
      batch.variable = [];
      batch.value = [];
    };
    const irisRows: { code: string; commune: string; name: string | null }[] = [];
    for await (const { line, fields } of source.rows) {
      if (!checkLength(fields, header.length, header, line, issues)) continue;
      const code = normaliseIrisCode(fields[0]);
      if (!/^[0-9AB]{9}$/.test(code)) {
        issues.error(line, header[0], "not_iris_code", { value: fields[0] });
        continue;
      }
      const commune = normaliseCommuneCode(code.slice(0, 5));
      if (!inTerritory(commune, campaign.territory)) {
        summary.skippedOutsideTerritory++;
        continue;
      }
      const first = seen.get(code);
      if (first !== undefined) {
        issues.error(line, header[0], "iris_seen", { iris: code, line: first });
        continue;
      }
      seen.set(code, line);
      irisRows.push({ code, commune, name: libiris >= 0 ? fields[libiris].trim() || null : null });
      for (const v of variables) {
        const value = parseFrenchDecimal(fields[v.i]);
        if (Number.isNaN(value)) {
          issues.error(line, v.name, "not_number", { value: fields[v.i] });
          continue;
        }
        batch.iris.push(code);
        batch.variable.push(v.name);
        batch.value.push(value);
      }
      if (batch.iris.length >= BATCH) await flush(tx);
      if (seen.size % 5000 === 0) onRows?.(seen.size);
    }
    if (issues.errorCount > 0) return;
    if (irisRows.length === 0) {
      issues.error(1, 1, "no_iris_in_territory", { territory: campaign.territory });
      return;
    }
    await insertColumns(
      tx,
      "iris",
      [
        { name: "campaign_id", type: "text", values: irisRows.map(() => campaign.id) },
        { name: "code", type: "text", values: irisRows.map((r) => r.code) },
        { name: "commune_code", type: "text", values: irisRows.map((r) => r.commune) },
        { name: "name", type: "text", values: irisRows.map((r) => r.name) },
      ],
      sql`on conflict (campaign_id, code) do update set name = coalesce(iris.name, excluded.name)`,
    );
    await flush(tx);
    summary.format = origin;
    summary.iris = irisRows.length;
    summary.variables = variables.length;
  });
}
