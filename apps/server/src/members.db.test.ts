import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "./test-app.ts";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

describe(`members: invitations with consent, roles, removal (${testDbKind()})`, () => {
  let t: TestApp;
  let admin: string;
  let campaign: string;
  const call = (cookie: string, method: Method, url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, origin: baseUrl, ...(payload ? { "content-type": "application/json" } : {}) },
      payload: payload as Record<string, unknown> | undefined,
    });
  const idOf = async (cookie: string) =>
    (await call(cookie, "GET", "/api/me")).json().campaigns.map((c: { id: string }) => c.id) as string[];
  const userIdOf = async (cookie: string) => (await call(cookie, "GET", "/api/me")).json().user.id as string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.userWithRole("admin@example.org", "admin", "29019");
    [campaign] = await idOf(admin);
  });
  afterAll(async () => t?.close());

  it("answers the same for an unknown e-mail and another tenant's account, and adds no one without consent", async () => {
    const outsider = await t.userWithRole("outsider@example.org", "admin", "35238");
    const members = `/api/campaigns/${campaign}/members`;
    const unknown = await call(admin, "POST", members, {
      email: "ghost@example.org",
      name: "G",
      role: "volunteer",
    });
    const known = await call(admin, "POST", members, {
      email: "Outsider@example.org",
      name: "O",
      role: "volunteer",
    });
    expect(unknown.statusCode).toBe(201);
    expect(known.statusCode).toBe(201);
    expect(Object.keys(known.json())).toEqual(Object.keys(unknown.json()));
    expect(known.json()).toEqual({ email: "outsider@example.org", role: "volunteer", status: "invited" });
    expect(unknown.json()).toEqual({ email: "ghost@example.org", role: "volunteer", status: "invited" });
    // Not a member yet: the campaign does not exist for the outsider, and is not in its list.
    expect((await call(outsider, "GET", `/api/campaigns/${campaign}/status`)).statusCode).toBe(404);
    expect(await idOf(outsider)).not.toContain(campaign);
    const listed = (await call(admin, "GET", members)).json().map((m: { email: string }) => m.email);
    expect(listed).not.toContain("outsider@example.org");
    const pending = (await call(admin, "GET", `/api/campaigns/${campaign}/invitations`)).json();
    expect(pending.map((i: { email: string }) => i.email).sort()).toEqual([
      "ghost@example.org",
      "outsider@example.org",
    ]);

    // The invitee sees the invitation; nobody else may answer it.
    const mine = (await call(outsider, "GET", "/api/invitations")).json();
    expect(mine).toEqual([expect.objectContaining({ campaignId: campaign, role: "volunteer" })]);
    const stranger = await t.userWithRole("stranger@example.org", "volunteer", "35238");
    expect((await call(stranger, "GET", "/api/invitations")).json()).toEqual([]);
    expect((await call(stranger, "POST", `/api/invitations/${mine[0].id}/accept`)).statusCode).toBe(404);
    expect((await call(admin, "POST", `/api/invitations/${mine[0].id}/accept`)).statusCode).toBe(404);

    const accepted = await call(outsider, "POST", `/api/invitations/${mine[0].id}/accept`);
    expect(accepted.json()).toEqual({ campaignId: campaign, accepted: true });
    expect((await call(outsider, "GET", `/api/campaigns/${campaign}/status`)).statusCode).toBe(200);
    expect((await call(outsider, "GET", "/api/invitations")).json()).toEqual([]);
    const roles = (await call(admin, "GET", members)).json();
    expect(roles).toContainEqual(
      expect.objectContaining({ email: "outsider@example.org", role: "volunteer" }),
    );
    // A member already in the team is not invited again (the admin sees them in the list).
    const again = await call(admin, "POST", members, {
      email: "outsider@example.org",
      name: "O",
      role: "admin",
    });
    expect(again.statusCode).toBe(409);
  });

  it("creates the account of a new member with a temporary password; the member accepts after signing in", async () => {
    const members = `/api/campaigns/${campaign}/members`;
    const res = await call(admin, "POST", members, {
      email: "lou@example.org",
      name: "Lou",
      role: "coordinator",
      password: "porte a porte 2026",
    });
    expect(res.json()).toEqual({ email: "lou@example.org", role: "coordinator", status: "invited" });
    const lou = await t.signIn("lou@example.org", "porte a porte 2026");
    expect(await idOf(lou)).toEqual([]);
    const [inv] = (await call(lou, "GET", "/api/invitations")).json();
    expect(inv).toMatchObject({ campaignName: expect.any(String), role: "coordinator" });
    expect((await call(lou, "POST", `/api/invitations/${inv.id}/decline`)).json().accepted).toBe(false);
    expect(await idOf(lou)).toEqual([]);
    expect((await call(lou, "POST", `/api/invitations/${inv.id}/accept`)).statusCode).toBe(404);
    // Invited again, the admin withdraws it: nothing left to accept.
    await call(admin, "POST", members, { email: "lou@example.org", name: "Lou", role: "analyst" });
    const [second] = (await call(admin, "GET", `/api/campaigns/${campaign}/invitations`))
      .json()
      .filter((i: { email: string }) => i.email === "lou@example.org");
    expect(second.role).toBe("analyst");
    expect(
      (await call(admin, "DELETE", `/api/campaigns/${campaign}/invitations/${second.id}`)).statusCode,
    ).toBe(204);
    expect((await call(lou, "GET", "/api/invitations")).json()).toEqual([]);
  });

  it("changes a role and never leaves the campaign without an administrator", async () => {
    const other = await t.userWithRole("second@example.org", "volunteer", "29019");
    const otherId = await userIdOf(other);
    const adminId = await userIdOf(admin);
    const member = (id: string) => `/api/campaigns/${campaign}/members/${id}`;
    expect((await call(other, "PATCH", member(otherId), { role: "admin" })).statusCode).toBe(403);
    const demoteLast = await call(admin, "PATCH", member(adminId), { role: "volunteer" });
    expect(demoteLast.statusCode).toBe(409);
    expect(demoteLast.json().error.message).toMatch(
      /^role: la campagne doit garder au moins un administrateur/,
    );
    expect((await call(admin, "DELETE", member(adminId))).statusCode).toBe(409);
    const promoted = await call(admin, "PATCH", member(otherId), { role: "admin" });
    expect(promoted.json()).toEqual({ userId: otherId, role: "admin" });
    // Now two admins: one may step down, and the other is then the last.
    expect((await call(other, "PATCH", member(adminId), { role: "coordinator" })).statusCode).toBe(200);
    expect((await call(other, "PATCH", member(otherId), { role: "analyst" })).statusCode).toBe(409);
    expect((await call(other, "PATCH", member(adminId), { role: "admin" })).statusCode).toBe(200);
    expect((await call(admin, "PATCH", member("no-such-user"), { role: "admin" })).statusCode).toBe(404);
  });

  it("removes a member whose next request to the campaign answers 404, signed out when no campaign is left", async () => {
    const volunteer = await t.userWithRole("leaving@example.org", "volunteer", "29019");
    const twoCampaigns = await t.userWithRole("both@example.org", "volunteer", "29019");
    const members = `/api/campaigns/${campaign}/members`;
    const elsewhere = await t.userWithRole("elsewhere-admin@example.org", "admin", "56121");
    const [campaign2] = await idOf(elsewhere);
    await call(elsewhere, "POST", `/api/campaigns/${campaign2}/members`, {
      email: "both@example.org",
      name: "B",
      role: "volunteer",
    });
    const [inv] = (await call(twoCampaigns, "GET", "/api/invitations")).json();
    await call(twoCampaigns, "POST", `/api/invitations/${inv.id}/accept`);
    expect((await idOf(twoCampaigns)).sort()).toEqual([campaign, campaign2].sort());

    expect((await call(volunteer, "GET", `/api/campaigns/${campaign}/status`)).statusCode).toBe(200);
    const coordinator = await t.userWithRole("coord@example.org", "coordinator", "29019");
    const leavingId = await userIdOf(volunteer);
    expect((await call(coordinator, "DELETE", `${members}/${leavingId}`)).statusCode).toBe(403);
    expect((await call(admin, "DELETE", `${members}/${leavingId}`)).statusCode).toBe(204);
    expect((await call(volunteer, "GET", `/api/campaigns/${campaign}/status`)).statusCode).toBe(401);
    expect((await call(volunteer, "GET", "/api/me")).statusCode).toBe(401);

    const bothId = await userIdOf(twoCampaigns);
    expect((await call(admin, "DELETE", `${members}/${bothId}`)).statusCode).toBe(204);
    expect((await call(twoCampaigns, "GET", `/api/campaigns/${campaign}/status`)).statusCode).toBe(404);
    expect((await call(twoCampaigns, "GET", `/api/campaigns/${campaign2}/status`)).statusCode).toBe(200);
    // Another campaign's admin cannot remove them through their own campaign's URL.
    expect(
      (await call(elsewhere, "DELETE", `/api/campaigns/${campaign2}/members/${leavingId}`)).statusCode,
    ).toBe(404);
  });
});
