import type { DemoModel } from "./build-model.ts";
import { ELECTIONS } from "./elections.ts";
import { quoteAlways } from "./format.ts";
import { drawForenames, drawSurname } from "./names.ts";
import { DEMO_COMMUNE_NAME, DEMO_DEPARTEMENT, DEMO_POSTAL_CODE, DEMO_TERRITORY } from "./options.ts";
import { chance, createRng } from "./random.ts";

/** The 27 columns of the REU export "listes électeurs actifs", as mairies deliver it. */
export const REU_LIST_HEADER = [
  "code du l'ugle",
  "libellé de l'ugle",
  "libellé du type de liste",
  "nom de naissance",
  "nom d'usage",
  "prénoms",
  "sexe",
  "date de naissance",
  "code commune de naissance",
  "libellé commune de naissance",
  "code département de naissance",
  "pays de naissance",
  "libellé nationalité",
  "numéro de voie",
  "libellé de voie",
  "complément 1",
  "complément 2",
  "lieu-dit",
  "code postal",
  "commune",
  "pays",
  "code du bureau de vote",
  "libellé du bureau de vote",
  "code circonscription législative du bureau de vote",
  "libellé canton du bureau de vote",
  "libellé circonscription métropolitaine du bureau de vote",
  "numéro d'ordre dans le bureau de vote",
];

/** One person of the demo list as the importer keeps it: bureau, sex, birth year and month (null if uncertain). */
export type TruthElector = [bureau: string, sex: "F" | "M", year: number, month: number | null];

const TYPE_ABBREVIATIONS: Record<string, string> = {
  Avenue: "AV",
  Boulevard: "BD",
  Rue: "R",
  Allée: "ALL",
  Chemin: "CHE",
  Impasse: "IMP",
  Square: "SQ",
  Place: "PL",
};

/** A street as registers write it: upper case, no accents, street type abbreviated. */
function registerStreet(name: string): string {
  const [type, ...rest] = name.split(" ");
  return [TYPE_ABBREVIATIONS[type] ?? type, ...rest]
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

function birthDate(birth: number): [number, number, number] {
  const year = Math.floor(birth);
  const start = Date.UTC(year, 0, 1);
  const date = new Date(start + (birth - year) * (Date.UTC(year + 1, 0, 1) - start));
  return [year, date.getUTCMonth() + 1, date.getUTCDate()];
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The demo's electoral list in the REU layout: the registered voters of the latest election
 * (same persons, addresses and bureaux as the microsimulation; per bureau the same count as
 * its inscrits), synthetic names, complements for collective housing, ordered by name in
 * each bureau. Quirks of real exports: one EU citizen on both complementary lists (two
 * rows), one only on the European list, uncertain birth dates (`00/00/AAAA`, `AAAA`), a
 * usual name equal to the birth name; every field quoted but the last. Returns the bytes and
 * the truth (one entry per person).
 */
export function writeElectoralList(model: DemoModel): { bytes: Buffer; electors: TruthElector[] } {
  const rng = createRng(model.options.seed * 31 + 7);
  const { persons, households } = model.population;
  const family = households.map(() => drawSurname(rng));
  const latest = ELECTIONS.length - 1;
  const voters = persons.filter((p) => model.behaviour.votes[latest][p.id] >= 0);
  const quirk = (k: number) => voters[(k * 7919) % voters.length]?.id;
  const [bothLists, europeanOnly, unknownDay, yearOnly, sameUsedName] = [1, 2, 3, 4, 5].map(quirk);
  type Row = { bureau: number; name: string; fields: string[]; truth: TruthElector; rows: string[] };
  const rows: Row[] = voters.map((p) => {
    const household = households[p.household];
    const head = household.persons[0] === p.id;
    const birthName = head || !chance(rng, 0.5) ? family[p.household] : drawSurname(rng);
    const usedName =
      p.id === sameUsedName
        ? birthName
        : p.female && !head && p.age2021 > 25 && chance(rng, 0.6)
          ? family[p.household]
          : "";
    const forenames = drawForenames(rng, p.female);
    const [y, m, d] = birthDate(p.birth);
    const date =
      p.id === unknownDay ? `00/00/${y}` : p.id === yearOnly ? String(y) : `${pad(d)}/${pad(m)}/${y}`;
    const dwelling = model.built.dwellings[household.dwelling];
    const address = model.built.addresses[dwelling.address];
    const building = model.built.buildings[dwelling.building];
    const collective = dwelling.kind === "appartement";
    const c1 = collective
      ? `APT ${dwelling.door} ${dwelling.floor === 0 ? "RDC" : `${dwelling.floor}E ETAGE`}`
      : "";
    const c2 = collective && building.addresses.length > 1 ? `BAT ${address.entrance}` : "";
    const bureau = model.bureaux[model.cellBureau[model.behaviour.cell[p.id]]];
    const european = p.id === bothLists || p.id === europeanOnly;
    const fields = [
      DEMO_TERRITORY,
      DEMO_COMMUNE_NAME.replace(/ \(.*\)$/, "").toUpperCase(),
      "",
      birthName,
      usedName,
      forenames,
      p.female ? "F" : "M",
      date,
      european ? "" : DEMO_TERRITORY,
      european ? "BERLIN" : "KERBRENN",
      european ? "99" : DEMO_DEPARTEMENT.code,
      european ? "ALLEMAGNE" : "FRANCE",
      european ? "Allemande" : "Française",
      `${address.number}${address.rep ? ` ${address.rep.toUpperCase()}` : ""}`,
      registerStreet(model.network.streets[address.street].name),
      c1,
      c2,
      "",
      DEMO_POSTAL_CODE,
      chance(rng, 0.1) ? "Kerbrenn" : "KERBRENN",
      "",
      bureau.number,
      bureau.name.toUpperCase(),
      "29-06",
      "CARHAIX-PLOUGUER",
      "6ème circonscription",
    ];
    const lists =
      p.id === bothLists
        ? ["Liste complémentaire municipale", "Liste complémentaire européenne"]
        : p.id === europeanOnly
          ? ["Liste complémentaire européenne"]
          : ["Liste principale"];
    const uncertain = p.id === unknownDay || p.id === yearOnly;
    const truth: TruthElector = [bureau.code, p.female ? "F" : "M", y, uncertain ? null : m];
    return { bureau: Number(bureau.number), name: `${birthName} ${forenames}`, fields, truth, rows: lists };
  });
  rows.sort((a, b) => a.bureau - b.bureau || a.name.localeCompare(b.name, "fr"));
  const lines = [REU_LIST_HEADER.map(quoteAlways).join(";")];
  let bureau = -1;
  let order = 0;
  for (const row of rows) {
    if (row.bureau !== bureau) [bureau, order] = [row.bureau, 0];
    order++;
    for (const list of row.rows) {
      const fields = row.fields.map((f, i) => (i === 2 ? list : f));
      lines.push([...fields.map((f) => (f === "" ? "" : quoteAlways(f))), String(order)].join(";"));
    }
  }
  return { bytes: Buffer.from(`${lines.join("\n")}\n`, "utf8"), electors: rows.map((r) => r.truth) };
}
