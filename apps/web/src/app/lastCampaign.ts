const key = "terrain.campaign";

/** The campaign last opened on this browser, to reopen it at the next visit. */
export function readLastCampaign(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function rememberCampaign(id: string): void {
  try {
    localStorage.setItem(key, id);
  } catch {
    // private browsing: nothing to remember
  }
}
