import { describe, expect, it } from "vitest";
import { type Actor, authorize, can } from "./can.ts";

const volunteer: Actor = { userId: "u1", platformRole: "user", roles: { A: "volunteer" } };
const admin: Actor = { userId: "u2", platformRole: "user", roles: { A: "admin" } };
const analyst: Actor = { userId: "u3", platformRole: "user", roles: { A: "analyst" } };
const root: Actor = { userId: "u4", platformRole: "superadmin", roles: {} };

describe("can", () => {
  it("grants by role within the campaign only", () => {
    expect(can(admin, "members:manage", { campaignId: "A" })).toBe(true);
    expect(can(admin, "members:manage", { campaignId: "B" })).toBe(false);
    expect(can(volunteer, "members:manage", { campaignId: "A" })).toBe(false);
    expect(can(volunteer, "field:write", { campaignId: "A" })).toBe(true);
    expect(can(analyst, "analysis:read", { campaignId: "A" })).toBe(true);
    expect(can(analyst, "analysis:run", { campaignId: "A" })).toBe(false);
    expect(can(null, "campaign:read", { campaignId: "A" })).toBe(false);
    expect(can(root, "members:manage", { campaignId: "B" })).toBe(true);
    expect(can(admin, "campaign:create")).toBe(false);
    expect(can(volunteer, "contacts:read", { campaignId: "A" })).toBe(false);
    expect(can(analyst, "contacts:read", { campaignId: "A" })).toBe(false);
    expect(can(analyst, "contacts:export", { campaignId: "A" })).toBe(false);
    expect(can(analyst, "people:count", { campaignId: "A" })).toBe(true);
    expect(can(volunteer, "people:count", { campaignId: "A" })).toBe(false);
    expect(can(admin, "contacts:export", { campaignId: "A" })).toBe(true);
  });

  it("shows people to admins and coordinators, counts to analysts, nothing to volunteers", () => {
    const coordinator: Actor = { userId: "u5", platformRole: "user", roles: { A: "coordinator" } };
    for (const action of ["people:read", "people:write", "people:count"] as const) {
      expect(can(admin, action, { campaignId: "A" })).toBe(true);
      expect(can(coordinator, action, { campaignId: "A" })).toBe(true);
      expect(can(volunteer, action, { campaignId: "A" })).toBe(false);
    }
    expect(can(analyst, "people:count", { campaignId: "A" })).toBe(true);
    expect(can(analyst, "people:read", { campaignId: "A" })).toBe(false);
  });

  it("hides other campaigns (not_found) and refuses low roles (forbidden)", () => {
    expect(() => authorize(admin, "campaign:read", { campaignId: "B" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    expect(() => authorize(volunteer, "members:manage", { campaignId: "A" })).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => authorize(null, "campaign:read", { campaignId: "A" })).toThrow(
      expect.objectContaining({ code: "unauthorized" }),
    );
  });
});
