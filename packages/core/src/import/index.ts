export {
  type CampaignDataSummary,
  type ElectionSummary,
  getElectionSummaries,
} from "./get-election-summaries.ts";
export { assertImported, type ImportFilesOptions, type ImportProgress, importFiles } from "./import-files.ts";
export type { BureauMatching, ImportSummary } from "./summary.ts";
