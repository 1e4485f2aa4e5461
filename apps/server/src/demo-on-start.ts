import type { Db } from "@terrain/core";

/** On an empty database, creates the demo commune (wired once the demo generator lands). */
export async function loadDemoIfEmpty(_db: Db): Promise<void> {}
