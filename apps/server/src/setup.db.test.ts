import { createSetupToken } from "@terrain/core";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "./test-app.ts";

describe(`first administrator (${testDbKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it("is created once, through the one-time token only", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/setup" })).json()).toEqual({ needed: true });
    const token = await createSetupToken(t.handle.db);
    expect(token).toBeTruthy();
    const body = { name: "Claire Admin", email: "claire@example.org", password: "a-long-password-1" };
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/setup",
      payload: { ...body, token: "wrong-token-123" },
    });
    expect(bad.statusCode).toBe(403);
    const ok = await t.app.inject({ method: "POST", url: "/api/setup", payload: { ...body, token } });
    expect(ok.statusCode).toBe(201);
    const again = await t.app.inject({ method: "POST", url: "/api/setup", payload: { ...body, token } });
    expect(again.statusCode).toBe(409);
    expect((await t.app.inject({ method: "GET", url: "/api/setup" })).json()).toEqual({ needed: false });
    expect(await createSetupToken(t.handle.db)).toBeNull();
    const cookie = await t.signIn("claire@example.org", "a-long-password-1");
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.json().user.platformRole).toBe("superadmin");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/campaigns",
      headers: { cookie, origin: baseUrl },
      payload: { name: "Brest 2026", territory: "29019" },
    });
    expect(created.statusCode).toBe(201);
    const members = await t.app.inject({
      method: "GET",
      url: `/api/campaigns/${created.json().id}/members`,
      headers: { cookie },
    });
    expect(members.json()).toEqual([expect.objectContaining({ email: "claire@example.org", role: "admin" })]);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, origin: baseUrl },
    });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });
});
