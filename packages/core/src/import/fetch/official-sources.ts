/**
 * Where the national open-data portal (data.gouv.fr, static files) publishes the Ministry
 * of the Interior's results per bureau, relative to its base URL. Each is a national file:
 * the import keeps the territory's rows.
 */
export const DEFAULT_BASE_URL = "https://static.data.gouv.fr/resources/";

export const OFFICIAL_RESULTS: Record<string, string> = {
  pres2022t1:
    "election-presidentielle-des-10-et-24-avril-2022-resultats-definitifs-du-1er-tour/20220414-152612/resultats-par-niveau-burvot-t1-france-entiere.txt",
  pres2022t2:
    "election-presidentielle-des-10-et-24-avril-2022-resultats-definitifs-du-2nd-tour/20220428-142301/resultats-par-niveau-burvot-t2-france-entiere.txt",
  leg2022t1:
    "elections-legislatives-des-12-et-19-juin-2022-resultats-definitifs-du-premier-tour/20220614-192343/resultats-par-niveau-burvot-t1-france-entiere.txt",
  leg2022t2:
    "elections-legislatives-des-12-et-19-juin-2022-resultats-definitifs-du-second-tour/20220621-153629/resultats-par-niveau-burvot-t2-france-entiere.txt",
  euro2024t1:
    "resultats-des-elections-europeennes-du-9-juin-2024/20240613-154909/resultats-definitifs-par-bureau-de-vote.csv",
  leg2024t1:
    "elections-legislatives-des-30-juin-et-7-juillet-2024-resultats-definitifs-du-1er-tour/20240710-170558/resultats-definitifs-par-bureau-de-vote.csv",
  leg2024t2:
    "elections-legislatives-des-30-juin-et-7-juillet-2024-resultats-definitifs-du-2nd-tour/20240710-171330/resultats-definitifs-par-bureau-de-vote.csv",
};

/**
 * Expands `pres2022,leg2024t2` into known election ids (a year without round means both
 * rounds); unknown names are returned apart.
 */
export function expandElections(list: string[] | undefined): { ids: string[]; unknown: string[] } {
  const known = Object.keys(OFFICIAL_RESULTS);
  if (!list || list.length === 0) return { ids: known, unknown: [] };
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const raw of list.map((s) => s.trim().toLowerCase()).filter((s) => s !== "")) {
    const matches = known.filter((id) => id === raw || id.startsWith(`${raw}t`));
    if (matches.length === 0) unknown.push(raw);
    for (const id of matches) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
