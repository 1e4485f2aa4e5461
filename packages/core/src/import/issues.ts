/** Maximum number of errors kept per file; the count goes on beyond it. */
export const ERROR_LIMIT = 50;

/** Errors and warnings found in one file, each error as `file:line:column: what is wrong`. */
export interface FileIssues {
  readonly file: string;
  readonly errors: string[];
  readonly warnings: string[];
  /** Every error seen, including those beyond the limit. */
  errorCount: number;
  error(line: number, column: string | number, message: string): void;
  warn(message: string): void;
}

/** Creates the issue collector of a file named `file` (its display name). */
export function createFileIssues(file: string, limit = ERROR_LIMIT): FileIssues {
  const issues: FileIssues = {
    file,
    errors: [],
    warnings: [],
    errorCount: 0,
    error(line, column, message) {
      issues.errorCount++;
      if (issues.errors.length < limit) issues.errors.push(`${file}:${line}:${column}: ${message}`);
    },
    warn(message) {
      if (issues.warnings.length < limit) issues.warnings.push(message);
    },
  };
  return issues;
}

/** The error lines of a file, with a last line counting the ones left out. */
export function formatIssues(issues: FileIssues): string[] {
  const extra = issues.errorCount - issues.errors.length;
  return extra > 0 ? [...issues.errors, `${issues.file}: … and ${extra} more errors`] : [...issues.errors];
}
