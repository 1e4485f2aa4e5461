import { eq, type SQL, sql } from "drizzle-orm";
import type { Campaign } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { bureauResults, bureaux } from "../../db/schema/index.ts";
import { createFileIssues } from "../issues.ts";
import { inTerritory } from "../results/bureau-code.ts";
import type { ImportSummary } from "../summary.ts";
import { type FileRef, fileTransaction } from "../write/file-transaction.ts";
import { type BulkColumn, insertColumns, type Tx } from "../write/insert-columns.ts";
import { areContoursStored } from "./are-contours-stored.ts";
import { readContours } from "./read-geojson.ts";
import { refreshGeography } from "./refresh-geography.ts";

const SHOWN = 20;
/** Contours per insert statement: a large file is never one statement of all its geometry. */
const BATCH = 1000;

async function insertBatched(tx: Tx, table: string, columns: BulkColumn[], conflict: SQL): Promise<void> {
  const rows = columns[0]?.values.length ?? 0;
  for (let i = 0; i < rows; i += BATCH) {
    const part = columns.map((c) => ({ ...c, values: c.values.slice(i, i + BATCH) }));
    await insertColumns(tx, table, part, conflict);
  }
}

/** Bytes read of a contour file's size, and features seen. */
export interface ContoursProgress {
  bytes: number;
  size: number;
  rows: number;
}

/**
 * Imports bureau or IRIS contours (GeoJSON). The file is read and every geometry checked
 * before the transaction opens (a bad file writes nothing and holds no connection while it
 * is read). Bureaux are matched to the campaign's set by code: contours attach to known
 * bureaux, unknown codes join the set (reported), and a bureau whose stored contour differs
 * from the new one is reported as a boundary change. A file imported before (`previous`)
 * is `unchanged` only while the campaign still holds its contours as read; otherwise it is
 * imported again, which repairs contours overwritten or damaged since.
 */
export async function importContours(
  db: Db,
  campaign: Campaign,
  file: FileRef,
  previous: ImportSummary | null = null,
  onProgress?: (progress: ContoursProgress) => void,
): Promise<ImportSummary> {
  const issues = createFileIssues(file.name);
  const read = await readContours(file.path, issues, {
    defaultCommune: campaign.territoryKind === "commune" ? campaign.territory : null,
    inTerritory: (commune) => inTerritory(commune, campaign.territory),
    onBytes: (bytes, size, rows) => onProgress?.({ bytes, size, rows }),
  });
  if (read && previous && read.contours.length > 0 && (await areContoursStored(db, campaign.id, read))) {
    return { ...previous, file: file.name, status: "unchanged" };
  }
  return fileTransaction(
    db,
    campaign,
    file,
    "contours",
    async (tx, summary, issues) => {
      if (!read) return;
      summary.kind = read.kind;
      if (read.reprojected) issues.warn("reprojected_lambert93");
      const contours = read.contours;
      summary.skippedOutsideTerritory = read.skipped;
      if (contours.length === 0) {
        issues.error(1, 1, "no_contour_in_territory", { territory: campaign.territory });
        return;
      }
      const table = read.kind === "bureau-contours" ? "bureaux" : "iris";
      const columns = [
        { name: "campaign_id", type: "text" as const, values: contours.map(() => campaign.id) },
        { name: "code", type: "text" as const, values: contours.map((c) => c.code) },
        { name: "commune_code", type: "text" as const, values: contours.map((c) => c.communeCode) },
        {
          name: read.kind === "bureau-contours" ? "label" : "name",
          type: "text" as const,
          values: contours.map((c) => c.label),
        },
        { name: "geometry", type: "jsonb" as const, values: contours.map((c) => c.geometry) },
      ];
      if (read.kind === "bureau-contours") {
        const existing = await tx.select().from(bureaux).where(eq(bureaux.campaignId, campaign.id));
        const known = new Map(existing.map((b) => [b.code, b]));
        const changed = contours.filter((c) => {
          const old = known.get(c.code)?.geometry;
          return old && JSON.stringify(old) !== JSON.stringify(c.geometry);
        });
        if (changed.length > 0) {
          issues.warn("boundary_changed", {
            count: changed.length,
            codes: changed
              .slice(0, SHOWN)
              .map((c) => c.code)
              .join(", "),
          });
        }
        const codes = new Set(contours.map((c) => c.code));
        const communes = new Set(contours.map((c) => c.communeCode));
        const added = contours
          .filter((c) => !known.has(c.code))
          .map((c) => c.code)
          .sort();
        const absent = existing
          .filter((b) => communes.has(b.communeCode) && !codes.has(b.code))
          .map((b) => b.code)
          .sort();
        const withResults = await tx
          .selectDistinct({ code: bureauResults.bureauCode })
          .from(bureauResults)
          .where(eq(bureauResults.campaignId, campaign.id));
        if (withResults.length > 0 && added.length > 0) {
          issues.warn("contours_without_bureau", {
            count: added.length,
            codes: added.slice(0, SHOWN).join(", "),
          });
        }
        if (absent.length > 0)
          issues.warn("bureaux_without_contour", {
            count: absent.length,
            codes: absent.slice(0, SHOWN).join(", "),
          });
        summary.bureauMatching = {
          matched: contours.length - added.length,
          added: added.length,
          absent: absent.length,
          addedCodes: added.slice(0, SHOWN),
          absentCodes: absent.slice(0, SHOWN),
        };
        summary.bureaux = contours.length;
        columns.push({ name: "origin", type: "text", values: contours.map(() => "contours") });
        await insertBatched(
          tx,
          table,
          columns,
          sql`on conflict (campaign_id, code) do update set geometry = excluded.geometry, label = coalesce(excluded.label, bureaux.label)`,
        );
      } else {
        summary.iris = contours.length;
        await insertBatched(
          tx,
          table,
          columns,
          sql`on conflict (campaign_id, code) do update set geometry = excluded.geometry, name = coalesce(excluded.name, iris.name)`,
        );
      }
      const state = await refreshGeography(tx, campaign.id);
      summary.addresses = state.addresses;
      summary.weights = state.weights;
    },
    issues,
  );
}
