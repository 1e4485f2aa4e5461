import { and, eq, isNotNull, sql } from "drizzle-orm";
import { addresses, bureaux, iris, irisBureauWeights } from "../../db/schema/index.ts";
import { insertColumns, type Tx } from "../write/insert-columns.ts";
import { checkGeometry } from "./check-geometry.ts";
import { type WeightCell, weightsFromAddresses, weightsFromAreas } from "./compute-weights.ts";
import { type CodedPolygon, createPolygonIndex } from "./polygon-index.ts";

export interface GeographyState {
  addresses: { total: number; withBureau: number; withIris: number };
  weights: { method: "addresses" | "area"; cells: number } | null;
}

async function polygonsOf(
  tx: Tx,
  table: typeof bureaux | typeof iris,
  campaignId: string,
): Promise<CodedPolygon[]> {
  const rows = await tx
    .select({ code: table.code, geometry: table.geometry })
    .from(table)
    .where(and(eq(table.campaignId, campaignId), isNotNull(table.geometry)));
  // A stored contour that is not a valid WGS84 polygon (damaged before imports were checked)
  // locates nothing rather than failing the import that refreshes the geography.
  return rows.flatMap((r) => {
    const checked = checkGeometry(r.geometry);
    return checked.ok && checked.crs === "WGS84" ? [{ code: r.code, geometry: checked.geometry }] : [];
  });
}

/**
 * Brings a campaign's geography up to date after contours or addresses arrive: locates
 * every address in its IRIS (point in polygon) and, when the source did not say, in its
 * bureau; then rebuilds the stored IRIS → bureau weight matrix, from addresses when some are
 * located in both an IRIS and a bureau, else from IRIS × bureau polygon overlap areas.
 */
export async function refreshGeography(tx: Tx, campaignId: string): Promise<GeographyState> {
  const bureauPolygons = await polygonsOf(tx, bureaux, campaignId);
  const irisPolygons = await polygonsOf(tx, iris, campaignId);
  const bureauIndex = createPolygonIndex(bureauPolygons);
  const irisIndex = createPolygonIndex(irisPolygons);
  const points = await tx
    .select({
      id: addresses.id,
      source: addresses.source,
      lon: addresses.lon,
      lat: addresses.lat,
      count: addresses.count,
      bureauCode: addresses.bureauCode,
      irisCode: addresses.irisCode,
    })
    .from(addresses)
    .where(eq(addresses.campaignId, campaignId));
  const changed: typeof points = [];
  for (const p of points) {
    const irisCode = irisIndex.locate(p.lon, p.lat);
    const bureauCode = p.source === "reu" ? p.bureauCode : bureauIndex.locate(p.lon, p.lat);
    if (irisCode !== p.irisCode || bureauCode !== p.bureauCode) {
      p.irisCode = irisCode;
      p.bureauCode = bureauCode;
      changed.push(p);
    }
  }
  if (changed.length > 0) {
    await tx.execute(sql`update addresses a set iris_code = u.iris, bureau_code = u.bureau
      from unnest(${sql.param(changed.map((p) => p.id))}::int4[], ${sql.param(changed.map((p) => p.irisCode))}::text[],
        ${sql.param(changed.map((p) => p.bureauCode))}::text[]) as u(id, iris, bureau)
      where a.id = u.id`);
  }
  let cells: WeightCell[] = weightsFromAddresses(points);
  let method: "addresses" | "area" = "addresses";
  if (cells.length === 0 && irisPolygons.length > 0 && bureauPolygons.length > 0) {
    cells = weightsFromAreas(irisPolygons, bureauPolygons);
    method = "area";
  }
  await tx.delete(irisBureauWeights).where(eq(irisBureauWeights.campaignId, campaignId));
  await insertColumns(tx, "iris_bureau_weights", [
    { name: "campaign_id", type: "text", values: cells.map(() => campaignId) },
    { name: "iris_code", type: "text", values: cells.map((c) => c.irisCode) },
    { name: "bureau_code", type: "text", values: cells.map((c) => c.bureauCode) },
    { name: "method", type: "text", values: cells.map(() => method) },
    { name: "amount", type: "float8", values: cells.map((c) => c.amount) },
    { name: "share_of_iris", type: "float8", values: cells.map((c) => c.shareOfIris) },
    { name: "share_of_bureau", type: "float8", values: cells.map((c) => c.shareOfBureau) },
  ]);
  return {
    addresses: {
      total: points.length,
      withBureau: points.filter((p) => p.bureauCode).length,
      withIris: points.filter((p) => p.irisCode).length,
    },
    weights: cells.length > 0 ? { method, cells: cells.length } : null,
  };
}
