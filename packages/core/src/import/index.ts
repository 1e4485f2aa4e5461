export { type FetchOptions, type FetchReport, fetchOfficialFiles } from "./fetch/fetch-official-files.ts";
export { DEFAULT_BASE_URL, OFFICIAL_RESULTS } from "./fetch/official-sources.ts";
export { formatSummary } from "./format-summary.ts";
export {
  type CampaignDataSummary,
  type ElectionSummary,
  getElectionSummaries,
} from "./get-election-summaries.ts";
export { assertImported, type ImportFilesOptions, type ImportProgress, importFiles } from "./import-files.ts";
export type { BureauMatching, ImportSummary } from "./summary.ts";
