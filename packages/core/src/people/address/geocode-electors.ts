import { and, eq, isNotNull, sql } from "drizzle-orm";
import { addresses, buildings, doors } from "../../db/schema/index.ts";
import { insertColumns, type Tx } from "../../import/write/insert-columns.ts";
import { normaliseNumber, normaliseStreet } from "./normalise-street.ts";
import { type DoorPlace, parseComplement } from "./parse-complement.ts";
import { buildStreetIndex, type Located } from "./street-index.ts";

/** Share of electors located per bureau: on their address, on their street, or not at all. */
export interface GeocodingReport {
  address: number;
  street: number;
  none: number;
  byBureau: { bureau: string | null; electors: number; address: number; street: number; none: number }[];
}

/** What geocoding reads of an elector. */
export interface ElectorAddress {
  bureauCode: string | null;
  streetNumber: string | null;
  streetLabel: string | null;
  lieuDit: string | null;
  complement1: string | null;
  complement2: string | null;
}

interface BuildingDraft {
  streetKey: string;
  label: string;
  number: string;
  located: Located;
  bureaux: Map<string, number>;
}

const BATCH = 20_000;

/**
 * Locates electors (in memory, before they are written) against the campaign's addresses (number + normalised
 * street, else the street's centroid) and files them into buildings and doors (entrance,
 * floor, door parsed from the complements): a household is the electors at one door.
 * Buildings and doors are upserted by their keys, so their ids survive a new list. Returns
 * each elector's door and IRIS, and the report per bureau.
 */
export async function geocodeElectors(
  tx: Tx,
  campaignId: string,
  people: readonly ElectorAddress[],
): Promise<{ report: GeocodingReport; doors: (number | null)[]; iris: (string | null)[] }> {
  const points = await tx
    .select({
      id: addresses.id,
      label: addresses.label,
      lon: addresses.lon,
      lat: addresses.lat,
      bureauCode: addresses.bureauCode,
      irisCode: addresses.irisCode,
    })
    .from(addresses)
    .where(and(eq(addresses.campaignId, campaignId), isNotNull(addresses.label)));
  const index = buildStreetIndex(points);
  const drafts = new Map<string, BuildingDraft>();
  const doorOf: (string | null)[] = [];
  const doorDrafts = new Map<
    string,
    { building: string; entrance: string; floor: number | null; door: string }
  >();
  // Streets and complements repeat: each distinct text is normalised once.
  const streetKeys = new Map<string, string>();
  const places = new Map<string, DoorPlace>();
  for (const e of people) {
    const label = e.streetLabel ?? e.lieuDit;
    const streetKey = label ? (streetKeys.get(label) ?? normaliseStreet(label)) : "";
    if (label) streetKeys.set(label, streetKey);
    if (!label || streetKey === "") {
      doorOf.push(null);
      continue;
    }
    const number = normaliseNumber(e.streetLabel ? (e.streetNumber ?? "") : "");
    const bkey = `${streetKey}|${number}`;
    let b = drafts.get(bkey);
    if (!b) {
      b = { streetKey, label, number, located: index.locate(streetKey, number), bureaux: new Map() };
      drafts.set(bkey, b);
    }
    if (e.bureauCode) b.bureaux.set(e.bureauCode, (b.bureaux.get(e.bureauCode) ?? 0) + 1);
    const complements = `${e.complement1 ?? ""}|${e.complement2 ?? ""}`;
    let place = places.get(complements);
    if (!place) {
      place = parseComplement(e.complement1, e.complement2);
      places.set(complements, place);
    }
    const dkey = `${bkey}|${place.entrance}|${place.floor ?? ""}|${place.door}`;
    if (!doorDrafts.has(dkey)) doorDrafts.set(dkey, { building: bkey, ...place });
    doorOf.push(dkey);
  }
  const list = [...drafts.values()];
  const mostCommon = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (let start = 0; start < list.length; start += BATCH) {
    const part = list.slice(start, start + BATCH);
    await insertColumns(
      tx,
      "buildings",
      [
        { name: "campaign_id", type: "text", values: part.map(() => campaignId) },
        { name: "street_key", type: "text", values: part.map((b) => b.streetKey) },
        { name: "street_label", type: "text", values: part.map((b) => b.label) },
        { name: "number", type: "text", values: part.map((b) => b.number) },
        { name: "lon", type: "float8", values: part.map((b) => b.located.lon) },
        { name: "lat", type: "float8", values: part.map((b) => b.located.lat) },
        { name: "geocoded", type: "text", values: part.map((b) => b.located.geocoded) },
        { name: "address_id", type: "int4", values: part.map((b) => b.located.addressId) },
        {
          name: "bureau_code",
          type: "text",
          values: part.map((b) => b.located.bureauCode ?? mostCommon(b.bureaux)),
        },
        { name: "iris_code", type: "text", values: part.map((b) => b.located.irisCode) },
      ],
      sql`on conflict (campaign_id, street_key, number) do update set street_label = excluded.street_label,
        lon = excluded.lon, lat = excluded.lat, geocoded = excluded.geocoded, address_id = excluded.address_id,
        bureau_code = excluded.bureau_code, iris_code = excluded.iris_code`,
    );
  }
  const buildingIds = new Map<string, number>();
  const stored = await tx
    .select({ id: buildings.id, streetKey: buildings.streetKey, number: buildings.number })
    .from(buildings)
    .where(eq(buildings.campaignId, campaignId));
  for (const b of stored) buildingIds.set(`${b.streetKey}|${b.number}`, b.id);
  const doorList = [...doorDrafts];
  for (let start = 0; start < doorList.length; start += BATCH) {
    const part = doorList.slice(start, start + BATCH);
    await insertColumns(
      tx,
      "doors",
      [
        { name: "campaign_id", type: "text", values: part.map(() => campaignId) },
        { name: "building_id", type: "int4", values: part.map(([, d]) => buildingIds.get(d.building)) },
        { name: "entrance", type: "text", values: part.map(([, d]) => d.entrance) },
        { name: "floor", type: "int4", values: part.map(([, d]) => d.floor) },
        { name: "door", type: "text", values: part.map(([, d]) => d.door) },
        { name: "key", type: "text", values: part.map(([key]) => key) },
      ],
      sql`on conflict do nothing`,
    );
  }
  const doorIds = new Map<string, number>();
  const storedDoors = await tx
    .select({ id: doors.id, key: doors.key })
    .from(doors)
    .where(eq(doors.campaignId, campaignId));
  for (const d of storedDoors) doorIds.set(d.key, d.id);
  const buildingOf = (k: string | null) => (k ? drafts.get(k.split("|").slice(0, 2).join("|")) : undefined);
  return {
    report: report(
      people.map((p, i) => ({
        bureau: p.bureauCode,
        how: buildingOf(doorOf[i])?.located.geocoded ?? "none",
      })),
    ),
    doors: doorOf.map((k) => (k ? (doorIds.get(k) ?? null) : null)),
    iris: doorOf.map((k) => buildingOf(k)?.located.irisCode ?? null),
  };
}

function report(rows: { bureau: string | null; how: Located["geocoded"] }[]): GeocodingReport {
  const total: GeocodingReport = { address: 0, street: 0, none: 0, byBureau: [] };
  const byBureau = new Map<string | null, GeocodingReport["byBureau"][number]>();
  for (const { bureau, how } of rows) {
    let b = byBureau.get(bureau);
    if (!b) {
      b = { bureau, electors: 0, address: 0, street: 0, none: 0 };
      byBureau.set(bureau, b);
    }
    b.electors++;
    b[how]++;
    total[how]++;
  }
  total.byBureau = [...byBureau.values()].sort((a, b) => (a.bureau ?? "~").localeCompare(b.bureau ?? "~"));
  return total;
}
