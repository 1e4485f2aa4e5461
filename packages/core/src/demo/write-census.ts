import type { DemoModel } from "./build-model.ts";
import { bump, censusResidents, dwellingIris, dwellingStatus } from "./census.ts";
import {
  AGE_BANDS,
  between,
  CENSUS_COLUMNS,
  type CensusTable,
  LABELS,
  SCHOOL_BANDS,
} from "./census-columns.ts";
import { DEMO_COMMUNE_NAME, DEMO_DEPARTEMENT, DEMO_TERRITORY } from "./options.ts";
import { DIPLOMA_CODES } from "./persons.ts";

/**
 * Counts every census variable per IRIS (or per bureau with `byBureau`), exactly, from the
 * individuals present at the census.
 */
export function censusTables(model: DemoModel, byBureau = false): Map<string, number>[] {
  const regionOfCell = byBureau ? model.cellBureau : model.cellIris;
  const tables = (byBureau ? model.bureaux : model.iris).map(() => new Map<string, number>());
  for (const { person: p, household: h, iris } of censusResidents(model, regionOfCell)) {
    const t = tables[iris];
    const a = p.age2021;
    const sx = p.female ? "F" : "H";
    bump(t, "P21_POP");
    bump(t, `P21_POP${sx}`);
    bump(t, "P21_PMEN");
    bump(t, p.french ? "P21_POP_FR" : "P21_POP_ETR");
    AGE_BANDS.forEach(([b, lo, hi], k) => {
      if (!between(a, lo, hi)) return;
      bump(t, `P21_POP${b}`);
      if (k >= 10) bump(t, `P21_${sx}${b}`);
    });
    if (a >= 15) {
      bump(t, "C21_POP15P");
      bump(t, `C21_POP15P_CS${p.csp}`);
      bump(t, `C21_${sx}15P`);
      bump(t, `C21_${sx}15P_CS${p.csp}`);
    }
    if (between(a, 15, 64)) {
      const ageBand = a <= 24 ? "1524" : a <= 54 ? "2554" : "5564";
      bump(t, "P21_POP1564");
      bump(t, `P21_POP${ageBand}`);
      bump(t, `P21_${sx}1564`);
      const active = p.activity === "occupe" || p.activity === "chomeur";
      if (active) {
        bump(t, "P21_ACT1564");
        bump(t, `P21_ACT${ageBand}`);
        bump(t, `P21_${sx}ACT1564`);
        bump(t, "C21_ACT1564");
        bump(t, `C21_ACT1564_CS${p.csp}`);
        const occ = p.activity === "occupe" ? "ACTOCC" : "CHOM";
        bump(t, `P21_${occ}1564`);
        bump(t, `P21_${occ}${ageBand}`);
        if (occ === "ACTOCC") {
          bump(t, "C21_ACTOCC1564");
          bump(t, `C21_ACTOCC1564_CS${p.csp}`);
        }
      } else {
        bump(t, "P21_INACT1564");
        bump(
          t,
          p.activity === "etudiant"
            ? "P21_ETUD1564"
            : p.activity === "retraite"
              ? "P21_RETR1564"
              : "P21_AINACT1564",
        );
      }
    }
    for (const [b, lo, hi] of SCHOOL_BANDS) {
      if (!between(a, lo, hi)) continue;
      bump(t, `P21_POP${b}`);
      if (p.activity === "etudiant" || (a < 15 && a >= 2)) bump(t, `P21_SCOL${b}`);
    }
    if (a >= 15 && p.activity !== "etudiant" && p.diploma >= 0) {
      const d = DIPLOMA_CODES[p.diploma];
      bump(t, "P21_NSCOL15P");
      bump(t, `P21_NSCOL15P_${d}`);
      bump(t, `P21_${sx}NSCOL15P`);
      bump(t, `P21_${sx}NSCOL15P_${d}`);
    }
    if (h.persons[0] === p.id) {
      const tenure = {
        proprietaire: ["PROP"],
        locataire: ["LOC"],
        hlm: ["LOC", "LOCHLMV"],
        gratuit: ["GRAT"],
      }[h.tenure];
      for (const k of tenure) {
        bump(t, `P21_RP_${k}`);
        bump(t, `P21_NPER_RP_${k}`, h.persons.length);
      }
      bump(t, "P21_NPER_RP", h.persons.length);
    }
  }
  const status = dwellingStatus(model);
  const irisOf = dwellingIris(model, regionOfCell);
  model.built.dwellings.forEach((d, i) => {
    const t = tables[irisOf[i]];
    bump(t, "P21_LOG");
    bump(t, d.kind === "maison" ? "P21_MAISON" : "P21_APPART");
    bump(t, status[i] === "rp" ? "P21_RP" : status[i] === "rsec" ? "P21_RSECOCC" : "P21_LOGVAC");
  });
  return tables;
}

/**
 * Writes one base-ic table as INSEE publishes it (`;`, UTF-8, the label columns IRIS, REG,
 * DEP, UU2020, COM, LIBCOM, TRIRIS, GRD_QUART, LIBIRIS, TYP_IRIS, MODIF_IRIS, LAB_IRIS, then
 * the variables). Counts are exact integers (the real ones are weighted survey estimates).
 */
export function writeCensusTable(
  model: DemoModel,
  tables: Map<string, number>[],
  which: CensusTable,
): Buffer {
  const columns = CENSUS_COLUMNS[which];
  const lines = [[...LABELS, ...columns].join(";")];
  model.iris.forEach((iris, i) => {
    const labels = [
      iris.code,
      DEMO_DEPARTEMENT.region,
      DEMO_DEPARTEMENT.code,
      DEMO_TERRITORY,
      DEMO_TERRITORY,
      DEMO_COMMUNE_NAME,
      "ZZZZZZ",
      `${DEMO_TERRITORY}${iris.number.slice(0, 2)}`,
      iris.name,
      "H",
      "00",
      "1",
    ];
    lines.push([...labels, ...columns.map((c) => String(tables[i].get(c) ?? 0))].join(";"));
  });
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
