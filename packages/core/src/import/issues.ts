import {
  frenchImportMessage,
  type ImportIssue,
  type ImportIssueCode,
  type IssueParams,
} from "./import-messages.ts";
import type { ImportSummary } from "./summary.ts";
import type { CsvShapeError } from "./text/open-csv.ts";

/** Maximum number of errors kept per file; the count goes on beyond it. */
export const ERROR_LIMIT = 50;

/** Where a warning is, when it is one place of the file. */
export interface IssuePlace {
  line: number;
  column: string | number;
}

/**
 * Errors and warnings found in one file: each error as `file:line:column: message` in
 * French, and the same as a code with parameters (errorCodes, warningCodes).
 */
export interface FileIssues {
  readonly file: string;
  readonly errors: string[];
  readonly warnings: string[];
  readonly errorCodes: ImportIssue[];
  readonly warningCodes: ImportIssue[];
  /** Every error seen, including those beyond the limit. */
  errorCount: number;
  error(line: number, column: string | number, code: ImportIssueCode, params?: IssueParams): void;
  warn(code: ImportIssueCode, params?: IssueParams, at?: IssuePlace): void;
}

/** Creates the issue collector of a file named `file` (its display name). */
export function createFileIssues(file: string, limit = ERROR_LIMIT): FileIssues {
  const issues: FileIssues = {
    file,
    errors: [],
    warnings: [],
    errorCodes: [],
    warningCodes: [],
    errorCount: 0,
    error(line, column, code, params = {}) {
      issues.errorCount++;
      if (issues.errors.length >= limit) return;
      issues.errors.push(`${file}:${line}:${column}: ${frenchImportMessage(code, params)}`);
      issues.errorCodes.push({ code, params, file, line, column });
    },
    warn(code, params = {}, at) {
      if (issues.warnings.length >= limit) return;
      const text = frenchImportMessage(code, params);
      issues.warnings.push(at ? `${file}:${at.line}:${at.column}: ${text}` : text);
      issues.warningCodes.push({ code, params, file, ...at });
    },
  };
  return issues;
}

/** The error lines of a file, with a last line counting the ones left out. */
export function formatIssues(issues: FileIssues): string[] {
  const extra = issues.errorCount - issues.errors.length;
  const more = `${issues.file}: ${frenchImportMessage("more_errors", { count: extra })}`;
  return extra > 0 ? [...issues.errors, more] : [...issues.errors];
}

/** The error codes of a file, with the count of the ones left out as a last one. */
function formatIssueCodes(issues: FileIssues): ImportIssue[] {
  const extra = issues.errorCount - issues.errors.length;
  const more: ImportIssue = { code: "more_errors", params: { count: extra }, file: issues.file };
  return extra > 0 ? [...issues.errorCodes, more] : [...issues.errorCodes];
}

/** Copies the warnings (and, when `rejected`, the errors) of files into their summary, as texts and codes. */
export function putIssues(summary: ImportSummary, files: readonly FileIssues[], rejected: boolean): void {
  summary.warnings = files.flatMap((i) => i.warnings);
  summary.warningCodes = files.flatMap((i) => i.warningCodes);
  if (!rejected) return;
  summary.errors = files.flatMap(formatIssues);
  summary.errorCodes = files.flatMap(formatIssueCodes);
}

/** Reports a file that is not a delimited text (CsvShapeError) as the file's error. */
export function reportCsvShape(issues: FileIssues, error: CsvShapeError): void {
  if (error.code === "malformed_csv") issues.error(error.line, 1, "malformed_csv", { detail: error.message });
  else issues.error(error.line, 1, error.code, error.params);
}
