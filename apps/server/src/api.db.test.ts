import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp, testPassword } from "./test-app.ts";

describe(`HTTP API (${testDbKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ loginRateLimit: 5 });
  });
  afterAll(async () => t?.close());

  it("answers health and documents every route in OpenAPI", async () => {
    const health = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok", database: t.handle.kind });
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const apiRoutes = t.app.routeCatalog.filter(
      (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/auth/") && !r.url.startsWith("/api/docs"),
    );
    expect(apiRoutes.length).toBeGreaterThan(5);
    for (const r of apiRoutes) {
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url.replace(/:(\w+)/g, "{$1}")}`);
    }
    const page = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 302]).toContain(page.statusCode);
  });

  it("sends security headers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a signed-in state change coming from another origin (CSRF)", async () => {
    const cookie = await t.userWithRole("csrf@example.org", "admin", "29019");
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } })).json() as {
      campaigns: { id: string }[];
    };
    const url = `/api/campaigns/${me.campaigns[0].id}/members`;
    const payload = { email: "x@example.org", name: "X", role: "volunteer", password: testPassword };
    const evil = await t.app.inject({
      method: "POST",
      url,
      headers: { cookie, origin: "https://evil.example" },
      payload,
    });
    expect(evil.statusCode).toBe(403);
    const none = await t.app.inject({ method: "POST", url, headers: { cookie }, payload });
    expect(none.statusCode).toBe(403);
    const ok = await t.app.inject({ method: "POST", url, headers: { cookie, origin: baseUrl }, payload });
    expect(ok.statusCode).toBe(201);
  });

  it("lets an admin add members while a volunteer is refused (403)", async () => {
    const admin = await t.userWithRole("admin-a@example.org", "admin", "35238");
    const volunteer = await t.userWithRole("vol-a@example.org", "volunteer", "35238");
    const me = (
      await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: volunteer } })
    ).json() as {
      user: { email: string };
      campaigns: { id: string; role: string }[];
    };
    expect(me.user.email).toBe("vol-a@example.org");
    expect(me.campaigns).toHaveLength(1);
    expect(me.campaigns[0].role).toBe("volunteer");
    const url = `/api/campaigns/${me.campaigns[0].id}/members`;
    const refused = await t.app.inject({ method: "GET", url, headers: { cookie: volunteer } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("forbidden");
    const listed = await t.app.inject({ method: "GET", url, headers: { cookie: admin } });
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as { email: string }[]).map((m) => m.email).sort()).toEqual([
      "admin-a@example.org",
      "vol-a@example.org",
    ]);
  });

  it("names the request field when input is invalid", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/setup",
      headers: { "content-type": "application/json" },
      payload: { token: "short", name: "A", email: "not-an-email", password: "x" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^body\.(token|email|password)/);
  });

  it("rate-limits sign-in attempts", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { origin: baseUrl, "content-type": "application/json" },
        payload: { email: "nobody@example.org", password: "wrong-password" },
        remoteAddress: "10.9.8.7",
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 5).every((c) => c === 401)).toBe(true);
    expect(codes[6]).toBe(429);
  });
});

describe("the web app fallback", () => {
  it("answers a missing asset with 404 and an app route (GET or HEAD) with the page", async () => {
    const t = await createTestApp();
    try {
      const asset = await t.app.inject({ method: "GET", url: "/assets/gone-1234.js" });
      expect(asset.statusCode).toBe(404);
      for (const method of ["GET", "HEAD"] as const) {
        const page = await t.app.inject({ method, url: "/campagnes/x/carte" });
        expect(page.statusCode, method).toBe(200);
        expect(String(page.headers["content-type"])).toMatch(/text\/(html|plain)/);
      }
      const api = await t.app.inject({ method: "GET", url: "/api/nothing-here" });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe("not_found");
    } finally {
      await t.close();
    }
  });
});
