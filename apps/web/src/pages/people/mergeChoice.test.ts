import { describe, expect, it } from "vitest";
import type { Contact } from "../../api/types.ts";
import { conflicts, mergeRequest } from "./mergeChoice.ts";

const contact = (id: string, patch: Partial<Contact>): Contact => ({
  id,
  electorId: null,
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  mobile: null,
  streetNumber: null,
  streetLabel: null,
  complement: null,
  postalCode: null,
  city: null,
  doorId: null,
  bureauCode: null,
  irisCode: null,
  birthYear: null,
  sex: null,
  notes: null,
  opinions: null,
  externalId: null,
  doNotCall: false,
  doNotContact: false,
  mergedInto: null,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  ...patch,
});

describe("the merge screen's request", () => {
  const a = contact("A", {
    firstName: "Marie",
    lastName: "Le Goff",
    email: "marie@example.org",
    phone: "+33298000000",
  });
  const b = contact("B", {
    firstName: "Marie",
    lastName: "Le Goff",
    email: "m.legoff@example.org",
    city: "Brest",
  });

  it("asks only about values that differ on both sides", () => {
    expect(conflicts(a, b)).toEqual(["email"]);
  });

  it("keeps the chosen record and takes from the other only what the user picked there", () => {
    expect(mergeRequest(a, b, "a", {})).toEqual({ keptId: "A", mergedId: "B", take: [] });
    expect(mergeRequest(a, b, "a", { email: "b" })).toEqual({ keptId: "A", mergedId: "B", take: ["email"] });
    expect(mergeRequest(a, b, "b", { email: "b" })).toEqual({ keptId: "B", mergedId: "A", take: [] });
    expect(mergeRequest(a, b, "b", { email: "a" })).toEqual({ keptId: "B", mergedId: "A", take: ["email"] });
  });
});
