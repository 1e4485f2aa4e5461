import { personTags } from "../db/schema/index.ts";
import { AppError } from "../errors.ts";
import type { Tx } from "../import/write/insert-columns.ts";

/** Tags as stored: trimmed, single spaces, at most 60 characters, no duplicates. */
export function cleanTags(tags: readonly string[]): string[] {
  const out = tags.map((t) => t.trim().replace(/\s+/g, " ")).filter((t) => t !== "");
  const long = out.find((t) => t.length > 60);
  if (long) throw new AppError("bad_request", `tags : « ${long} » dépasse 60 caractères.`);
  return [...new Set(out)];
}

/** Adds tags to contacts (a tag already there is kept as it was). */
export async function addTags(
  tx: Tx,
  campaignId: string,
  contactIds: readonly string[],
  tags: readonly string[],
  by: string | null,
): Promise<void> {
  const clean = cleanTags(tags);
  const rows = contactIds.flatMap((contactId) =>
    clean.map((tag) => ({ campaignId, contactId, tag, createdBy: by })),
  );
  if (rows.length > 0) await tx.insert(personTags).values(rows).onConflictDoNothing();
}
