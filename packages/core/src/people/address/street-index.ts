import { normaliseNumber, normaliseStreet, splitAddressLabel } from "./normalise-street.ts";

/** An address point of the campaign (BAN or REU with a label). */
export interface AddressPoint {
  id: number;
  label: string | null;
  lon: number;
  lat: number;
  bureauCode: string | null;
  irisCode: string | null;
}

interface Street {
  byNumber: Map<string, AddressPoint>;
  points: AddressPoint[];
  lon: number;
  lat: number;
}

/** Where an address was found: on its number, on its street's centroid, or not at all. */
export interface Located {
  geocoded: "address" | "street" | "none";
  lon: number | null;
  lat: number | null;
  addressId: number | null;
  bureauCode: string | null;
  irisCode: string | null;
}

const NONE: Located = {
  geocoded: "none",
  lon: null,
  lat: null,
  addressId: null,
  bureauCode: null,
  irisCode: null,
};

/**
 * An index of the campaign's labelled addresses by normalised street and number: `locate`
 * finds a number on a street, else the street's centroid (with the IRIS of the street's
 * address nearest in number), else nothing.
 */
export function buildStreetIndex(points: readonly AddressPoint[]): {
  locate(streetKey: string, number: string): Located;
} {
  const streets = new Map<string, Street>();
  for (const p of points) {
    if (!p.label) continue;
    const { number, street } = splitAddressLabel(p.label);
    const key = normaliseStreet(street);
    if (key === "") continue;
    let s = streets.get(key);
    if (!s) {
      s = { byNumber: new Map(), points: [], lon: 0, lat: 0 };
      streets.set(key, s);
    }
    if (number !== "" && !s.byNumber.has(number)) s.byNumber.set(number, p);
    s.points.push(p);
  }
  for (const s of streets.values()) {
    s.lon = s.points.reduce((a, p) => a + p.lon, 0) / s.points.length;
    s.lat = s.points.reduce((a, p) => a + p.lat, 0) / s.points.length;
  }
  return {
    locate(streetKey, number) {
      const s = streets.get(streetKey);
      if (!s) return NONE;
      const key = normaliseNumber(number);
      const exact = key === "" ? undefined : s.byNumber.get(key);
      if (exact) {
        const { id, lon, lat, bureauCode, irisCode } = exact;
        return { geocoded: "address", lon, lat, addressId: id, bureauCode, irisCode };
      }
      const n = Number.parseInt(key, 10);
      let nearest = s.points[0];
      if (Number.isFinite(n)) {
        let best = Number.POSITIVE_INFINITY;
        for (const [k, p] of s.byNumber) {
          const d = Math.abs(Number.parseInt(k, 10) - n);
          if (d < best) [best, nearest] = [d, p];
        }
      }
      return {
        geocoded: "street",
        lon: s.lon,
        lat: s.lat,
        addressId: null,
        bureauCode: null,
        irisCode: nearest.irisCode,
      };
    },
  };
}
