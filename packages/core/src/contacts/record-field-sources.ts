import { contactFieldSources } from "../db/schema/index.ts";
import type { Tx } from "../import/write/insert-columns.ts";
import type { ContactSource } from "./contact-types.ts";

/** Where the values of a write come from. */
export interface SourceStamp {
  source: ContactSource;
  /** The import, door-to-door session or form (an id), when there is one. */
  sourceRef?: string | null;
  /** The member who recorded it (user id), null for a public form. */
  by: string | null;
  at?: Date;
}

/** Appends one history row per field written (its new value and where it came from). */
export async function recordFieldSources(
  tx: Tx,
  campaignId: string,
  contactId: string,
  patch: Record<string, string | number | boolean | null | undefined>,
  stamp: SourceStamp,
): Promise<void> {
  const rows = Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({
      campaignId,
      contactId,
      field,
      value: value === null ? null : String(value),
      source: stamp.source,
      sourceRef: stamp.sourceRef ?? null,
      recordedBy: stamp.by,
      recordedAt: stamp.at ?? new Date(),
    }));
  if (rows.length > 0) await tx.insert(contactFieldSources).values(rows);
}
