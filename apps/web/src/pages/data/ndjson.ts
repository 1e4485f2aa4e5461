import type { ImportEvent, ImportProgress } from "../../api/types.ts";

/**
 * Reads the complete lines of a growing NDJSON text (XMLHttpRequest's responseText while it
 * arrives): the events of the lines after `from`, and where the next read starts. A last
 * line without its newline is left for the next read.
 */
export function readEvents(text: string, from: number): { events: ImportEvent[]; next: number } {
  const events: ImportEvent[] = [];
  let start = from;
  for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    try {
      events.push(JSON.parse(line) as ImportEvent);
    } catch {
      // A line that is not JSON (a proxy's page) is skipped; the end of the answer says what failed.
    }
  }
  return { events, next: start };
}

/** The share of the import done (0…1): the files before this one, and this one's bytes read. */
export function importShare(p: ImportProgress): number {
  if (p.count <= 0) return 0;
  const within = p.size > 0 ? Math.min(1, p.bytes / p.size) : 0;
  return Math.min(1, (p.index + within) / p.count);
}
