import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCampaign } from "../../campaigns/find-or-create-campaign.ts";
import type { DbHandle } from "../../db/db-type.ts";
import {
  campaigns,
  doors,
  electoralListRequests,
  electoralLists,
  electors,
  importedFiles,
} from "../../db/schema/index.ts";
import { createTestDb, testDbKind } from "../../db/test-db.ts";
import { importFiles } from "../../import/import-files.ts";

const REU_HEADER =
  "code du l'ugle;libellé de l'ugle;libellé du type de liste;nom de naissance;nom d'usage;prénoms;sexe;date de naissance;code commune de naissance;libellé commune de naissance;code département de naissance;pays de naissance;libellé nationalité;numéro de voie;libellé de voie;complément 1;complément 2;lieu-dit;code postal;commune;pays;code du bureau de vote;libellé du bureau de vote;code circonscription législative du bureau de vote;libellé canton du bureau de vote;libellé circonscription métropolitaine du bureau de vote;numéro d'ordre dans le bureau de vote";

/** A REU row: every non-empty field quoted but the last (the order number), as real exports. */
function reu(
  list: string,
  birth: string,
  used: string,
  first: string,
  sex: string,
  date: string,
  place: string[],
  num: string,
  street: string,
  c1: string,
  c2: string,
  bureau: string,
  order: string,
): string {
  const fields = [
    "29999",
    "KERBRENN",
    list,
    birth,
    used,
    first,
    sex,
    date,
    ...place,
    num,
    street,
    c1,
    c2,
    "",
    "29999",
    "KERBRENN",
    "",
    bureau,
    "ECOLE",
    "29-06",
    "CARHAIX",
    "6e",
  ];
  return [...fields.map((f) => (f === "" ? "" : `"${f}"`)), order].join(";");
}
const FR = ["29999", "KERBRENN", "29", "FRANCE", "Française"];
const DE = ["", "BERLIN", "99", "ALLEMAGNE", "Allemande"];
const P = "Liste principale";

const FIRST = [
  reu(
    P,
    "LE GALL",
    "",
    "Anne Marie",
    "F",
    "12/03/1980",
    FR,
    "3",
    "R DES CHENES",
    "APT 12 2E ETAGE",
    "BAT B",
    "0001",
    "1",
  ),
  reu(
    P,
    "LE GALL",
    "",
    "Yann",
    "M",
    "05/07/1978",
    FR,
    "3",
    "R DES CHENES",
    "APT 12 2E ETAGE",
    "BAT B",
    "0001",
    "2",
  ),
  // true homonyms: same names and birth month; the day tells them apart
  reu(P, "MARTIN", "", "Jean", "M", "02/10/1950", FR, "7", "AV JEAN JAURES", "", "", "0001", "3"),
  reu(P, "MARTIN", "", "Jean", "M", "21/10/1950", FR, "9", "AV JEAN JAURES", "", "", "0001", "4"),
  // father and son with the same names
  reu(P, "TANGUY", "", "Loïc", "M", "01/01/1960", FR, "1", "BD DE L OCEAN", "", "", "0002", "1"),
  reu(P, "TANGUY", "TANGUY", "Loïc", "M", "14/06/1990", FR, "1", "BD DE L OCEAN", "", "", "0002", "2"),
  // uncertain birth dates, no street number, no bureau
  reu(P, "MORVAN", "", "Odile", "F", "00/00/1953", FR, "", "IMP DES LILAS", "", "", "0002", "3"),
  reu(P, "CADIOU", "", "René", "M", "1961", FR, "", "", "", "", "", ""),
  // a citizen of another EU country on both complementary lists, one only on the European one
  reu(
    "Liste complémentaire municipale",
    "MULLER",
    "",
    "Hans",
    "M",
    "08/08/1985",
    DE,
    "5",
    "R DU PORT",
    "",
    "",
    "0002",
    "4",
  ),
  reu(
    "Liste complémentaire européenne",
    "MULLER",
    "",
    "Hans",
    "M",
    "08/08/1985",
    DE,
    "5",
    "R DU PORT",
    "",
    "",
    "0002",
    "4",
  ),
  reu(
    "Liste complémentaire européenne",
    "SCHMIDT",
    "",
    "Eva",
    "F",
    "09/09/1975",
    DE,
    "6",
    "R DU PORT",
    "",
    "",
    "0002",
    "4",
  ),
];

const BAN = [
  '"","id","numero","rep","nom_voie","code_insee","lon","lat"',
  '"1","a1",3,"","Rue des Chênes",29999,-3.95,48.22',
  '"2","a2",7,"","Avenue Jean Jaurès",29999,-3.951,48.221',
  '"3","a3",1,"","Boulevard de l\'Océan",29999,-3.952,48.222',
  '"4","a4",9,"","Rue du Port",29999,-3.953,48.223',
];

describe(`electoral list import on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let dir: string;
  const file = (name: string, lines: string[]) => {
    const p = path.join(dir, name);
    writeFileSync(p, `${lines.join("\n")}\n`);
    return p;
  };
  const request = { authority: "mairie", requestedOn: "2026-01-10", requester: "Jeanne Candidate" } as const;
  const all = async () =>
    handle.db
      .select()
      .from(electors)
      .orderBy(asc(electors.birthName), asc(electors.birthYear), asc(electors.streetNumber));
  beforeAll(async () => {
    handle = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), "terrain-list-"));
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a list without the L.37 request and changes nothing", async () => {
    await findOrCreateCampaign(handle.db, { territory: "29999" });
    const [s] = await importFiles(handle.db, {
      territory: "29999",
      files: [file("liste.csv", [REU_HEADER, ...FIRST])],
    });
    expect(s.status).toBe("rejected");
    expect(s.errors[0]).toMatch(/^liste\.csv:1:1: .*article L\.37 du code électoral/);
    for (const table of [electors, electoralLists, electoralListRequests, importedFiles]) {
      expect(await handle.db.select().from(table)).toEqual([]);
    }
  });

  it("imports the REU layout with its quirks, minimised, geocoded into buildings and doors", async () => {
    await importFiles(handle.db, { territory: "29999", files: [file("ban.csv", BAN)] });
    const [s] = await importFiles(handle.db, {
      territory: "29999",
      files: [file("liste.csv", [REU_HEADER, ...FIRST])],
      electoralListRequest: request,
    });
    expect(s.errors).toEqual([]);
    expect(s).toMatchObject({ status: "imported", kind: "electoral-list", format: "reu" });
    expect(s.electoralList).toMatchObject({
      rows: 11,
      electors: 10,
      europeanOnly: 1,
      arrivals: 10,
      departures: 0,
    });
    const rows = await all();
    expect(rows).toHaveLength(10);
    const stored = JSON.stringify(rows);
    for (const never of ["BERLIN", "ALLEMAGNE", "Allemande", "Française", "FRANCE"])
      expect(stored).not.toContain(never);
    const by = (name: string, year?: number) =>
      rows.filter((r) => r.birthName === name && (!year || r.birthYear === year));
    expect(by("MULLER")[0]).toMatchObject({
      lists: ["complementaire_europeenne", "complementaire_municipale"],
      municipalVoter: true,
    });
    expect(by("SCHMIDT")[0]).toMatchObject({ lists: ["complementaire_europeenne"], municipalVoter: false });
    expect(by("MARTIN").map((r) => r.birthDay)).toEqual([2, 21]);
    expect(by("TANGUY").map((r) => [r.birthYear, r.birthMonth, r.birthDay, r.usedName])).toEqual([
      [1960, 1, null, null],
      [1990, 6, null, null],
    ]);
    expect(by("LE GALL").every((r) => r.birthDay === null)).toBe(true);
    expect(by("MORVAN")[0]).toMatchObject({ birthYear: 1953, birthMonth: null, bureauCode: "29999_0002" });
    expect(by("CADIOU")[0]).toMatchObject({ birthYear: 1961, bureauCode: null, orderNumber: null });
    expect(s.electoralList?.geocoding).toMatchObject({ address: 5, street: 3, none: 2 });
    // the Le Gall couple is one household: one door, bâtiment B, 2nd floor, apartment 12
    const [a, b] = by("LE GALL");
    expect(a.doorId).not.toBeNull();
    expect(a.doorId).toBe(b.doorId);
    const [door] = await handle.db
      .select()
      .from(doors)
      .where(eq(doors.id, a.doorId ?? -1));
    expect(door).toMatchObject({ entrance: "B", floor: 2, door: "12" });
    const [list] = await handle.db.select().from(electoralLists);
    expect(rows.every((r) => r.listId === list.id)).toBe(true);
  });

  it("re-imports the same bytes as unchanged, and a newer list by identity: arrivals, departures, moves", async () => {
    const before = await all();
    const [same] = await importFiles(handle.db, {
      territory: "29999",
      files: [file("liste.csv", [REU_HEADER, ...FIRST])],
    });
    expect(same.status).toBe("unchanged");
    const newer = [
      // renumbered: the order numbers shifted by one (an arrival sorts first)
      reu(
        P,
        "ABIVEN",
        "",
        "Paul",
        "M",
        "03/04/2001",
        FR,
        "3",
        "R DES CHENES",
        "APT 14",
        "BAT B",
        "0001",
        "1",
      ),
      ...FIRST.slice(0, 4).map((r, i) => r.replace(/;(\d+)$/, `;${i + 2}`)),
      ...FIRST.slice(4, 6),
      // Odile Morvan moved to bureau 1
      reu(P, "MORVAN", "", "Odile", "F", "00/00/1953", FR, "7", "AV JEAN JAURES", "", "", "0001", "6"),
      ...FIRST.slice(8), // René Cadiou left
    ];
    const [s] = await importFiles(handle.db, {
      territory: "29999",
      files: [file("liste-2.csv", [REU_HEADER, ...newer])],
    });
    expect(s.errors).toEqual([]);
    expect(s.electoralList).toMatchObject({ electors: 10, arrivals: 1, departures: 1, moves: 1 });
    const after = await all();
    expect(after).toHaveLength(10);
    const id = (rows: typeof after, name: string, day: number | null = null) =>
      rows.find((r) => r.birthName === name && (day === null || r.birthDay === day))?.id;
    for (const [name, day] of [
      ["LE GALL", null],
      ["MARTIN", 2],
      ["MARTIN", 21],
      ["MORVAN", null],
      ["MULLER", null],
    ] as const) {
      expect(id(after, name, day), name).toBe(id(before, name, day));
    }
    expect(id(after, "CADIOU")).toBeUndefined();
    expect(after.find((r) => r.birthName === "MORVAN")?.bureauCode).toBe("29999_0001");
  });

  it("imports the 2013 layout (CamelCase headers)", async () => {
    const header =
      "TypeListe;InfoListe;DateCreationListe;CodeDepartement;CodeCommune;NomCommune;NoElecteurGeneral;Sexe;NomdeNaissance;NomDusage;Prenoms;DateDeNaissance;NomComNaissance;DeptNaissance;PaysNaissance;Nationalite;NomBureauDeVote;NoBureauDeVote;CodeCanton;CodeCirconscription;ComplementDeLocalisation1;ComplementDeLocalisation2;NumeroVoie;TypeVoie;LibelleVoie;LieuDit;CodePostal;VilleLocalite;Pays";
    const rows = [
      "LP;;01/03/2014;29;998;AUTREVILLE;1;F;KERBRAT;;Soizic;04/05/1970;BREST;29;FRANCE;FRANCAISE;MAIRIE;1;2906;2902;;;4;RUE;DES ECOLES;;29998;AUTREVILLE;",
      "LCE;;01/03/2014;29;998;AUTREVILLE;2;M;WEBER;;Karl;01/02/1980;MUNICH;99;ALLEMAGNE;ALLEMANDE;MAIRIE;1;2906;2902;ESC 2;;6;RUE;DES ECOLES;;29998;AUTREVILLE;",
    ];
    const [s] = await importFiles(handle.db, {
      territory: "29998",
      files: [file("arrete.csv", [header, ...rows])],
      electoralListRequest: { authority: "prefecture", requestedOn: "2026-02-01", requester: "Liste X" },
    });
    expect(s.errors).toEqual([]);
    expect(s).toMatchObject({ status: "imported", format: "arrete2013" });
    const [c] = await handle.db.select().from(campaigns).where(eq(campaigns.territory, "29998"));
    const stored = await handle.db
      .select()
      .from(electors)
      .where(eq(electors.campaignId, c.id))
      .orderBy(asc(electors.orderNumber));
    expect(stored.map((e) => [e.bureauCode, e.orderNumber, e.streetLabel, e.municipalVoter])).toEqual([
      ["29998_0001", 1, "RUE DES ECOLES", true],
      ["29998_0001", 2, "RUE DES ECOLES", false],
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/MUNICH|ALLEMAND|BREST|FRANCAISE/);
  });

  it("rejects bad rows naming file, line and field, and changes nothing", async () => {
    const count = async () =>
      (await handle.db.execute(sql`select count(*)::int as n from electors`)) as unknown;
    const before = JSON.stringify(await count());
    const bad = [
      FIRST[0],
      reu(P, "LE BRIS", "", "Anne", "X", "12/03/1980", FR, "3", "R DES CHENES", "", "", "0001", "9"),
      reu(P, "LE BRIS", "", "Paul", "M", "31/13/1980", FR, "3", "R DES CHENES", "", "", "0001", "10"),
      reu(P, "", "", "Paul", "M", "01/12/1980", FR, "3", "R DES CHENES", "", "", "0001", "11"),
    ];
    const [s] = await importFiles(handle.db, {
      territory: "29999",
      files: [file("bad.csv", [REU_HEADER, ...bad])],
    });
    expect(s.status).toBe("rejected");
    expect(s.errors).toEqual([
      "bad.csv:3:sexe: sexe attendu M ou F : « X »",
      "bad.csv:4:date de naissance: pas une date de naissance (JJ/MM/AAAA) : « 31/13/1980 »",
      "bad.csv:5:nom de naissance: valeur absente",
    ]);
    const [unknown] = await importFiles(handle.db, {
      territory: "29999",
      files: [file("odd.csv", [`${REU_HEADER};religion`, `${FIRST[0]};"x"`])],
    });
    expect(unknown.errors).toEqual([
      "odd.csv:1:religion: colonne non comprise « religion » : Terrain ne lit une liste électorale que s'il en connaît chaque colonne",
    ]);
    expect(JSON.stringify(await count())).toBe(before);
  });
});
