import type { DemoModel } from "./build-model.ts";
import type { Address } from "./buildings.ts";
import { quoteAlways as qa } from "./format.ts";
import { DEMO_COMMUNE_NAME, DEMO_POSTAL_CODE, DEMO_TERRITORY } from "./options.ts";
import { toLambert93, toLonLat } from "./project.ts";

/** An address point in WGS84, 6 decimals as the REU and BAN files give them. */
export function addressLonLat(a: Address): [number, number] {
  return toLonLat(a.x, a.y, 6);
}

/** Registered voters of the latest register per address. */
export function votersPerAddress(model: DemoModel, election: number): Int32Array {
  const out = new Int32Array(model.built.addresses.length);
  const { persons, households } = model.population;
  model.behaviour.votes[election].forEach((v, i) => {
    if (v < 0) return;
    out[model.built.dwellings[households[persons[i].household].dwelling].address]++;
  });
  return out;
}

/**
 * The INSEE register address table (table-adresses-reu) as the extract in the shared
 * samples: quoted texts, one row per geocoded address of the register with its bureau
 * (`id_brut_bv_reu` = commune_number) and `nb_adresses`, here the number of voters there.
 */
export function writeReuTable(model: DemoModel, latest: number): Buffer {
  const voters = votersPerAddress(model, latest);
  const lines = [
    ["id_brut_bv_reu", "code_commune_ref", "longitude", "latitude", "geo_type", "geo_score", "nb_adresses"]
      .map(qa)
      .join(","),
  ];
  for (const a of model.built.addresses) {
    if (voters[a.id] === 0) continue;
    const bureau = model.bureaux[model.cellBureau[a.cell]];
    const [lon, lat] = addressLonLat(a);
    const score = (0.9 + ((a.id * 7919) % 97) / 1000).toFixed(2);
    lines.push(
      [
        qa(`${DEMO_TERRITORY}_${Number(bureau.number)}`),
        qa(DEMO_TERRITORY),
        lon,
        lat,
        qa("housenumber"),
        score,
        voters[a.id],
      ].join(","),
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

function afnor(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['-]/g, " ")
    .toUpperCase();
}

/**
 * BAN-like addresses in the layout of the shared sample (an R export of the BAN: a leading
 * unnamed row-number column, `,`, quoted texts, NA for missing values, Lambert-93 x/y and
 * WGS84 lon/lat).
 */
export function writeBanAddresses(model: DemoModel): Buffer {
  const header = [
    "",
    "id",
    "id_fantoir",
    "numero",
    "rep",
    "nom_voie",
    "code_postal",
    "code_insee",
    "nom_commune",
    "code_insee_ancienne_commune",
    "nom_ancienne_commune",
    "x",
    "y",
    "lon",
    "lat",
    "type_position",
    "alias",
    "nom_ld",
    "libelle_acheminement",
    "nom_afnor",
    "source_position",
    "source_nom_voie",
    "certification_commune",
    "cad_parcelles",
  ];
  const lines = [header.map(qa).join(",")];
  const sorted = [...model.built.addresses].sort(
    (a, b) => a.street - b.street || a.number - b.number || a.rep.localeCompare(b.rep),
  );
  sorted.forEach((a, i) => {
    const street = model.network.streets[a.street];
    const [lon, lat] = addressLonLat(a);
    const [x, y] = toLambert93(lon, lat);
    const streetId = (a.street * 104729 + 12345).toString(36).padStart(6, "0").slice(-6);
    const id = `${DEMO_TERRITORY}_${streetId}_${String(a.number).padStart(5, "0")}${a.rep ? `_${a.rep}` : ""}`;
    lines.push(
      [
        qa(String(i + 1)),
        qa(id),
        qa(""),
        a.number,
        qa(a.rep),
        qa(street.name),
        DEMO_POSTAL_CODE,
        DEMO_TERRITORY,
        qa(DEMO_COMMUNE_NAME),
        "NA",
        "NA",
        String(x),
        String(y),
        lon,
        lat,
        qa("entrée"),
        "NA",
        "NA",
        qa("KERBRENN"),
        qa(afnor(street.name)),
        qa("commune"),
        qa("commune"),
        1,
        qa(""),
      ].join(","),
    );
  });
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
