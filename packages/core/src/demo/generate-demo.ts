import { buildModel, type DemoModel } from "./build-model.ts";
import { ELECTIONS } from "./elections.ts";
import { type DemoOptions, resolveDemoOptions } from "./options.ts";
import { tallyResults } from "./tally.ts";
import { buildTruth, type DemoTruth } from "./truth.ts";
import { writeBanAddresses, writeReuTable } from "./write-addresses.ts";
import { censusTables, writeCensusTable } from "./write-census.ts";
import { writeElectoralList } from "./write-electoral-list.ts";
import { writeFilosofi } from "./write-filosofi.ts";
import { writeBureauContours, writeIrisContours } from "./write-geojson.ts";
import { writeResults2024 } from "./write-results-2024.ts";
import { writeResultsLegacy } from "./write-results-legacy.ts";

export interface GeneratedDemo {
  model: DemoModel;
  truth: DemoTruth;
  /** File name → bytes, in a fixed order; truth.json last. */
  files: Map<string, Buffer>;
}

/** Name of an election's results file: the importer reads the election from it. */
export function resultsFileName(id: string, layout: "legacy" | "2024"): string {
  const [, kind, year, round] = /^([a-z]+)(\d{4})t(\d)$/.exec(id) ?? [];
  return layout === "legacy"
    ? `${kind}${year}_t${round}_resultats-par-niveau-burvot.txt`
    : `${kind}${year}_t${round}_resultats-definitifs-par-bureau-de-vote.csv`;
}

/**
 * Generates the demo commune and writes it in the official layouts: six results files
 * (older .txt layout for the 2022 presidential, 2024 layout for the rest), the four base-ic
 * IRIS tables and FiLoSoFi, GeoJSON contours of bureaux and IRIS, the REU address table,
 * BAN-like addresses, the electoral list (REU layout), and truth.json. Same options, same bytes.
 */
export function generateDemo(options: DemoOptions = {}): GeneratedDemo {
  const model = buildModel(resolveDemoOptions(options));
  const tallies = tallyResults(model);
  const files = new Map<string, Buffer>();
  ELECTIONS.forEach((spec, e) => {
    const { byBureau, total } = tallies[e];
    files.set(
      resultsFileName(spec.id, spec.layout),
      spec.layout === "legacy"
        ? writeResultsLegacy(spec, model.bureaux, byBureau)
        : writeResults2024(spec, model.bureaux, byBureau, total),
    );
  });
  const census = censusTables(model);
  files.set("base-ic-evol-struct-pop-2021.csv", writeCensusTable(model, census, "pop"));
  files.set("base-ic-activite-residents-2021.csv", writeCensusTable(model, census, "act"));
  files.set("base-ic-diplomes-formation-2021.csv", writeCensusTable(model, census, "dipl"));
  files.set("base-ic-logement-2021.csv", writeCensusTable(model, census, "log"));
  files.set("BASE_TD_FILO_DISP_IRIS_2021.csv", writeFilosofi(model));
  files.set("contours-bureaux-de-vote.geojson", writeBureauContours(model));
  files.set("contours-iris.geojson", writeIrisContours(model));
  const latest = ELECTIONS.findIndex((e) => e.id === "mun2026t1");
  files.set("table-adresses-reu.csv", writeReuTable(model, latest));
  files.set("adresses-ban.csv", writeBanAddresses(model));
  const list = writeElectoralList(model);
  files.set("liste-electorale.csv", list.bytes);
  const truth = buildTruth(model, list.electors);
  files.set("truth.json", Buffer.from(`${JSON.stringify(truth)}\n`, "utf8"));
  return { model, truth, files };
}
