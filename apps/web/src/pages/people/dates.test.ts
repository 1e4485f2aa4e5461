import { describe, expect, it } from "vitest";
import { formatDateTime } from "./dates.ts";

describe("formatDateTime", () => {
  it("writes the time as a French reader does, in the given zone", () => {
    expect(formatDateTime("2026-03-15T17:30:00Z", "fr", "Europe/Paris")).toBe("15 mars 2026 à 18 h 30");
    expect(formatDateTime("2026-03-15T08:05:00Z", "fr", "UTC")).toBe("15 mars 2026 à 8 h 05");
    expect(formatDateTime("2026-03-15T17:30:00Z", "en", "Europe/Paris")).toBe("15 March 2026 at 18:30");
  });
  it("leaves what is not a date as it was", () => {
    expect(formatDateTime("hier", "fr")).toBe("hier");
  });
});
