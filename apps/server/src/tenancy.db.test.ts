import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp } from "./test-app.ts";

// Every route with a :campaignId parameter — those of today and those added later — must
// answer 404 to a member of campaign A asking for campaign B, whatever the method and body.
describe(`tenancy (${testDbKind()})`, () => {
  let t: TestApp;
  let cookieA: string;
  let campaignB: string;
  let campaignA: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookieA = await t.userWithRole("a@example.org", "admin", "29019");
    const cookieB = await t.userWithRole("b@example.org", "admin", "35238");
    const meA = (await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookieA } })).json();
    const meB = (await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookieB } })).json();
    campaignA = meA.campaigns[0].id;
    campaignB = meB.campaigns[0].id;
  });
  afterAll(async () => t?.close());

  it("hides campaign B from a user of campaign A on every campaign route", async () => {
    const scoped = t.app.routeCatalog.filter((r) => r.url.includes(":campaignId"));
    expect(scoped.length).toBeGreaterThanOrEqual(4);
    for (const route of scoped) {
      const fill = (id: string) => route.url.replace(":campaignId", id).replace(/:(\w+)/g, "x");
      const res = await t.app.inject({
        method: route.method as "GET",
        url: fill(campaignB),
        headers: { cookie: cookieA, origin: baseUrl, "content-type": "application/json" },
        // a JSON content type needs a body (an empty one is a 400 for anyone, before any guard)
        payload: route.method === "GET" ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
      const anonymous = await t.app.inject({ method: route.method as "GET", url: fill(campaignA) });
      expect(anonymous.statusCode, `anonymous ${route.method} ${route.url}`).toBe(401);
    }
    const own = await t.app.inject({
      method: "GET",
      url: `/api/campaigns/${campaignA}`,
      headers: { cookie: cookieA },
    });
    expect(own.statusCode).toBe(200);
  });
});
