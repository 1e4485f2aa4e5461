import { createAuth, createSetupToken, createUser, schema } from "@terrain/core";
import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp, testPassword } from "./test-app.ts";

const weak = ["aaaaaaaaaa", "1234567890", "motdepasse123", "azertyuiop12"];

describe(`passwords and profiles (${testDbKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it("refuses a common or patterned password at setup, naming the field in French", async () => {
    const token = await createSetupToken(t.handle.db);
    for (const password of weak) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/setup",
        payload: { token, name: "Claire Admin", email: "claire@example.org", password },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.message).toMatch(/^password: mot de passe trop facile à deviner/);
    }
    const made = await t.app.inject({
      method: "POST",
      url: "/api/setup",
      payload: {
        token,
        name: "Gwenola Kerbrat",
        email: "gwenola.kerbrat@example.org",
        password: "gwenola.kerbrat@example.org",
      },
    });
    expect(made.statusCode, "the e-mail as password").toBe(400);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/setup",
      payload: { token, name: "Claire Admin", email: "claire@example.org", password: "porte a porte 2026" },
    });
    expect(ok.statusCode, "the token is still valid after refused passwords").toBe(201);
  });

  it("refuses it when an administrator creates an account, and in the CLI's createUser", async () => {
    const cookie = await t.userWithRole("boss@example.org", "admin", "29019");
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } })).json();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/campaigns/${me.campaigns[0].id}/members`,
      headers: { cookie, origin: baseUrl },
      payload: { email: "new@example.org", name: "New", role: "volunteer", password: "1234567890" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^password: /);
    const auth = createAuth(t.handle.db, {
      secret: "test-secret-test-secret-test-secret-0123",
      baseURL: baseUrl,
    });
    await expect(
      createUser(t.handle.db, auth, { email: "cli@example.org", name: "Cli", password: "motdepasse123" }),
    ).rejects.toThrow(/^password: mot de passe trop facile/);
  });

  it("refuses a weak new password when changing it, and accepts a strong one", async () => {
    const cookie = await t.userWithRole("changer@example.org", "volunteer", "29019");
    let n = 0;
    const change = (newPassword: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/change-password",
        headers: { cookie, origin: baseUrl, "content-type": "application/json" },
        payload: { currentPassword: testPassword, newPassword },
        // better-auth allows 3 password changes per 10 s and address.
        remoteAddress: `10.1.0.${++n}`,
      });
    for (const password of weak) {
      const res = await change(password);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().message).toMatch(/^newPassword: mot de passe trop facile/);
    }
    expect((await change("une phrase de passe solide")).statusCode).toBe(200);
    await t.signIn("changer@example.org", "une phrase de passe solide");
  });

  it("limits the display name and image of update-user as the API does, naming the field", async () => {
    const cookie = await t.userWithRole("profile@example.org", "volunteer", "29019");
    const update = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/update-user",
        headers: { cookie, origin: baseUrl, "content-type": "application/json" },
        payload,
      });
    const huge = await update({ name: "x".repeat(5 * 1024 * 1024) });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().message).toMatch(/^name: /);
    expect((await update({ name: "x".repeat(121) })).statusCode).toBe(400);
    expect((await update({ name: "   " })).statusCode).toBe(400);
    const image = await update({ image: "javascript:alert(1)" });
    expect(image.statusCode).toBe(400);
    expect(image.json().message).toMatch(/^image: /);
    expect((await update({ image: `https://example.org/${"a".repeat(3000)}.png` })).statusCode).toBe(400);
    // A fair change passes; the platform role is not a field a user can set.
    expect((await update({ name: "Prénom Nom", image: "https://example.org/a.png" })).statusCode).toBe(200);
    await update({ name: "Prénom Nom", platformRole: "superadmin" });
    const [u] = await t.handle.db
      .select()
      .from(schema.user)
      .where(eq(schema.user.email, "profile@example.org"));
    expect(u.name).toBe("Prénom Nom");
    expect(u.platformRole).toBe("user");
  });
});
