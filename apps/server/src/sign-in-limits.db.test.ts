import { testDbKind } from "@terrain/core/src/db/test-db.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, createTestApp, type TestApp, testPassword } from "./test-app.ts";

const json = { origin: baseUrl, "content-type": "application/json" };

// better-auth's in-memory limiter is shared by every app of the process: each test comes
// from its own socket address.
function signIn(t: TestApp, email: string, password: string, forwardedFor?: string, from = "127.0.0.1") {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: forwardedFor ? { ...json, "x-forwarded-for": forwardedFor } : json,
    payload: { email, password },
    remoteAddress: from,
  });
}

describe(`sign-in limits per account and per trusted address (${testDbKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // The address limit is high here: only the account's lock can answer 429.
    t = await createTestApp({ loginRateLimit: 1000, accountLockAfter: 10 });
  });
  afterAll(async () => t?.close());

  it("locks an account after 10 failures in a minute, whatever X-Forwarded-For says, even for the right password", async () => {
    const cookie = await t.userWithRole("target@example.org", "admin", "29019");
    expect(cookie).toContain("session_token");
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await signIn(
        t,
        i % 2 ? "Target@Example.org" : "target@example.org",
        `wrong-guess-${i}`,
        `203.0.113.${i + 1}`,
      );
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(codes.slice(10)).toEqual([429, 429]);
    const right = await signIn(t, "target@example.org", testPassword, "198.51.100.7");
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(right.headers["retry-after"])).toBeLessThanOrEqual(60);
    expect(right.json().error.message).toMatch(/^Trop d'échecs de connexion pour ce compte/);
    expect(right.headers["set-cookie"]).toBeUndefined();
    // Another account is not affected, and an unknown e-mail is locked the same way (nothing revealed).
    await t.userWithRole("other@example.org", "volunteer", "29019");
    expect((await signIn(t, "other@example.org", testPassword)).statusCode).toBe(200);
    const unknown: number[] = [];
    for (let i = 0; i < 11; i++)
      unknown.push((await signIn(t, "nobody@example.org", `guess-${i}-x`)).statusCode);
    expect(unknown.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(unknown[10]).toBe(429);
  });
});

describe(`client address (${testDbKind()})`, () => {
  it("is the socket's without a configured proxy: X-Forwarded-For does not escape the address limit", async () => {
    const t = await createTestApp({ loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        // A new account and a new forged address each time: only the address limit can stop it.
        const res = await signIn(
          t,
          `spray-${i}@example.org`,
          "wrong-password-1",
          `192.0.2.${i + 1}`,
          "10.0.0.2",
        );
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[3]).toBe(429);
    } finally {
      await t.close();
    }
  });

  it("is the forwarded one when the proxy is configured (TERRAIN_TRUST_PROXY)", async () => {
    const t = await createTestApp({ loginRateLimit: 3, trustProxy: ["10.0.0.0/24"] });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await signIn(
          t,
          `proxied-${i}@example.org`,
          "wrong-password-1",
          `192.0.2.${i + 50}`,
          "10.0.0.3",
        );
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 401, 401]);
      const same: number[] = [];
      for (let i = 0; i < 4; i++) {
        same.push(
          (await signIn(t, `same-${i}@example.org`, "wrong-password-1", "192.0.2.99", "10.0.0.3")).statusCode,
        );
      }
      expect(same).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});
