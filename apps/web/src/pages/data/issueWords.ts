import type { i18n as I18n } from "i18next";
import type { ImportIssue } from "../../api/types.ts";
import { issueLine } from "./issueText.ts";

type Words = Pick<I18n, "t" | "exists" | "language">;

/**
 * An importer's coded issue in the page's language ("data.issue.<code>", plural on `count`,
 * written `{{n}}` the local way), after its place `file:line:column : ` when it has one;
 * null when the code has no sentence here (a newer importer).
 */
export function issueSentence(issue: ImportIssue, i18n: Words): string | null {
  const key = `data.issue.${issue.code}`;
  const count = typeof issue.params.count === "number" ? issue.params.count : undefined;
  const options = {
    ...issue.params,
    ...(count === undefined ? {} : { count, n: count.toLocaleString(i18n.language) }),
  };
  if (!i18n.exists(key, options)) return null;
  const place = issue.line === undefined ? "" : `${issue.file}:${issue.line}:${issue.column ?? 1} : `;
  return `${place}${i18n.t(key, options)}`;
}

/**
 * The lines a page shows for a summary's errors or warnings: from their codes when the
 * summary has them (one per text), else from the texts (summaries stored before the codes,
 * whose English the French page still translates); a code without a sentence falls back
 * to its text.
 */
export function issueLines(
  texts: readonly string[],
  codes: readonly ImportIssue[] | undefined,
  i18n: Words,
): string[] {
  const french = !i18n.language.startsWith("en");
  if (!codes || codes.length !== texts.length) return texts.map((text) => issueLine(text, french));
  return codes.map((c, i) => issueSentence(c, i18n) ?? issueLine(texts[i], french));
}
