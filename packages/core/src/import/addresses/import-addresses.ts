import { and, eq, inArray } from "drizzle-orm";
import type { Campaign } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { addresses } from "../../db/schema/index.ts";
import { refreshGeography } from "../geo/refresh-geography.ts";
import { inTerritory, normaliseBureauCode, normaliseCommuneCode } from "../results/bureau-code.ts";
import { checkLength, requireColumns } from "../results/read-counts.ts";
import type { ImportSummary } from "../summary.ts";
import { parseFrenchDecimal } from "../text/french-number.ts";
import { findColumn } from "../text/header.ts";
import type { CsvSource } from "../text/open-csv.ts";
import { type FileRef, fileTransaction } from "../write/file-transaction.ts";
import { insertColumns } from "../write/insert-columns.ts";

interface AddressRow {
  sourceId: string | null;
  communeCode: string;
  label: string | null;
  lon: number;
  lat: number;
  count: number;
  bureauCode: string | null;
}

/**
 * Imports an address file: the INSEE register table (REU: `id_brut_bv_reu` gives each
 * address's bureau, with coordinates and `nb_adresses`) or BAN addresses (`lon`, `lat`; the
 * bureau is found by point in polygon). Addresses replace those of the same source in the
 * same communes; each is then located in its IRIS and the weight matrix is rebuilt.
 */
export async function importAddresses(
  db: Db,
  campaign: Campaign,
  file: FileRef,
  source: CsvSource,
  kind: "reu" | "ban",
): Promise<ImportSummary> {
  return fileTransaction(db, campaign, file, `${kind}-addresses`, async (tx, summary, issues) => {
    const { header } = source;
    const reu = kind === "reu";
    const col: Record<string, number> = reu
      ? {
          id_brut_bv_reu: findColumn(header, ["id_brut_bv_reu"]),
          code_commune_ref: findColumn(header, ["code_commune_ref", "code_commune"]),
          longitude: findColumn(header, ["longitude", "lon"]),
          latitude: findColumn(header, ["latitude", "lat"]),
        }
      : {
          code_insee: findColumn(header, ["code_insee"]),
          lon: findColumn(header, ["lon", "longitude"]),
          lat: findColumn(header, ["lat", "latitude"]),
        };
    if (!requireColumns(col, issues)) return;
    const [communeCol, lonCol, latCol] = reu
      ? [col.code_commune_ref, col.longitude, col.latitude]
      : [col.code_insee, col.lon, col.lat];
    const count = findColumn(header, ["nb_adresses"]);
    const id = findColumn(header, ["id"]);
    const numero = findColumn(header, ["numero"]);
    const rep = findColumn(header, ["rep"]);
    const voie = findColumn(header, ["nom_voie", "voie", "libelle_voie"]);
    const rows: AddressRow[] = [];
    let unlocated = 0;
    for await (const { line, fields } of source.rows) {
      if (!checkLength(fields, header.length, header, line, issues)) continue;
      const communeCode = normaliseCommuneCode(fields[communeCol]);
      if (!inTerritory(communeCode, campaign.territory)) {
        summary.skippedOutsideTerritory++;
        continue;
      }
      const lon = parseFrenchDecimal(fields[lonCol]);
      const lat = parseFrenchDecimal(fields[latCol]);
      if (Number.isNaN(lon) || Number.isNaN(lat)) {
        issues.error(line, Number.isNaN(lon) ? header[lonCol] : header[latCol], "not_coordinate");
        continue;
      }
      if (lon === null || lat === null) {
        unlocated++;
        continue;
      }
      const text = (i: number): string => (i >= 0 && fields[i] !== "NA" ? fields[i].trim() : "");
      const label = [text(numero) + text(rep), text(voie)].filter((s) => s !== "").join(" ");
      const n = count >= 0 ? Number.parseInt(fields[count], 10) : 1;
      rows.push({
        sourceId: text(id) || null,
        communeCode,
        label: label || null,
        lon,
        lat,
        count: Number.isFinite(n) && n > 0 ? n : 1,
        bureauCode: kind === "reu" ? normaliseBureauCode(communeCode, fields[col.id_brut_bv_reu]) : null,
      });
    }
    if (issues.errorCount > 0) return;
    if (unlocated > 0) issues.warn("addresses_without_coordinates", { count: unlocated });
    if (rows.length === 0) {
      issues.error(1, 1, "no_address_in_territory", { territory: campaign.territory });
      return;
    }
    const communes = [...new Set(rows.map((r) => r.communeCode))];
    await tx
      .delete(addresses)
      .where(
        and(
          eq(addresses.campaignId, campaign.id),
          eq(addresses.source, kind),
          inArray(addresses.communeCode, communes),
        ),
      );
    for (let start = 0; start < rows.length; start += 10_000) {
      const part = rows.slice(start, start + 10_000);
      await insertColumns(tx, "addresses", [
        { name: "campaign_id", type: "text", values: part.map(() => campaign.id) },
        { name: "source", type: "text", values: part.map(() => kind) },
        { name: "source_id", type: "text", values: part.map((r) => r.sourceId) },
        { name: "commune_code", type: "text", values: part.map((r) => r.communeCode) },
        { name: "label", type: "text", values: part.map((r) => r.label) },
        { name: "lon", type: "float8", values: part.map((r) => r.lon) },
        { name: "lat", type: "float8", values: part.map((r) => r.lat) },
        { name: "count", type: "int4", values: part.map((r) => r.count) },
        { name: "bureau_code", type: "text", values: part.map((r) => r.bureauCode) },
      ]);
    }
    const state = await refreshGeography(tx, campaign.id);
    summary.addresses = state.addresses;
    summary.weights = state.weights;
    summary.bureaux = new Set(rows.map((r) => r.bureauCode).filter((c) => c !== null)).size || undefined;
  });
}
