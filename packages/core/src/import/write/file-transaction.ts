import type { Campaign } from "../../campaigns/find-or-create-campaign.ts";
import type { Db } from "../../db/db-type.ts";
import { importedFiles } from "../../db/schema/index.ts";
import { createFileIssues, type FileIssues, putIssues, reportCsvShape } from "../issues.ts";
import { emptySummary, type ImportSummary } from "../summary.ts";
import { CsvShapeError } from "../text/open-csv.ts";
import type { Tx } from "./insert-columns.ts";
import { lockCampaignImports } from "./lock-campaign-imports.ts";

/** A file to import: display name, path and content hash. */
export interface FileRef {
  name: string;
  path: string;
  hash: string;
}

class Rejected extends Error {}

/**
 * Runs one file's import in one transaction: `body` writes and reports into the summary and
 * issues; any error recorded rolls the whole file back and the summary comes back
 * `rejected` with its `file:line:column` messages. A successful import is recorded under
 * the file's content hash (so that the same bytes are not imported twice). `issues` may come
 * from a reading done before the transaction (then its errors reject the file unwritten).
 */
export async function fileTransaction(
  db: Db,
  campaign: Campaign,
  file: FileRef,
  kind: string,
  body: (tx: Tx, summary: ImportSummary, issues: FileIssues) => Promise<void>,
  issues: FileIssues = createFileIssues(file.name),
): Promise<ImportSummary> {
  const summary = emptySummary(file.name, kind);
  try {
    await db.transaction(async (tx) => {
      await lockCampaignImports(tx, campaign.id);
      await body(tx, summary, issues);
      if (issues.errorCount > 0) throw new Rejected();
      putIssues(summary, [issues], false);
      await tx
        .insert(importedFiles)
        .values({
          campaignId: campaign.id,
          contentHash: file.hash,
          fileName: file.name,
          kind: summary.kind,
          summary,
        })
        .onConflictDoNothing();
    });
  } catch (error) {
    if (error instanceof CsvShapeError) reportCsvShape(issues, error);
    else if (!(error instanceof Rejected)) throw error;
    summary.status = "rejected";
    putIssues(summary, [issues], true);
  }
  return summary;
}
