export { DEFAULT_IMPORT_SIZE_LIMITS, type ImportSizeLimits } from "./check-file-size.ts";
export { deleteImport, type ImportDeletion } from "./delete-import.ts";
export { type FetchOptions, type FetchReport, fetchOfficialFiles } from "./fetch/fetch-official-files.ts";
export { DEFAULT_BASE_URL, OFFICIAL_RESULTS } from "./fetch/official-sources.ts";
export { formatSummary } from "./format-summary.ts";
export {
  type CampaignDataSummary,
  type ElectionSummary,
  getElectionSummaries,
} from "./get-election-summaries.ts";
export { assertImported, type ImportFilesOptions, type ImportProgress, importFiles } from "./import-files.ts";
export {
  FRENCH_IMPORT_MESSAGES,
  frenchImportMessage,
  IMPORT_ISSUE_CODES,
  type ImportIssue,
  type ImportIssueCode,
  type IssueParams,
} from "./import-messages.ts";
export type { BureauMatching, ImportSummary } from "./summary.ts";
