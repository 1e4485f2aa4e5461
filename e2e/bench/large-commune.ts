/**
 * Writes a synthetic commune larger than the demo generator's public bounds allow (it caps at
 * 400 bureaux, the size of a large city), for the map benchmark only. Same files, in the same
 * official layouts, as generateDemo, from the generator's own building blocks.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildModel } from "../../packages/core/src/demo/build-model.ts";
import { ELECTIONS } from "../../packages/core/src/demo/elections.ts";
import { resultsFileName } from "../../packages/core/src/demo/generate-demo.ts";
import { tallyResults } from "../../packages/core/src/demo/tally.ts";
import { writeBanAddresses, writeReuTable } from "../../packages/core/src/demo/write-addresses.ts";
import { censusTables, writeCensusTable } from "../../packages/core/src/demo/write-census.ts";
import { writeFilosofi } from "../../packages/core/src/demo/write-filosofi.ts";
import { writeBureauContours, writeIrisContours } from "../../packages/core/src/demo/write-geojson.ts";
import { writeResults2024 } from "../../packages/core/src/demo/write-results-2024.ts";
import { writeResultsLegacy } from "../../packages/core/src/demo/write-results-legacy.ts";

/** Generates the commune and writes its importable files (no truth.json) into `dir`. */
export async function writeLargeCommune(
  dir: string,
  options: { seed: number; bureaux: number; voters: number },
): Promise<string[]> {
  const model = buildModel(options);
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
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, bytes] of files) {
    const target = path.join(dir, name);
    await writeFile(target, bytes);
    paths.push(target);
  }
  return paths;
}
