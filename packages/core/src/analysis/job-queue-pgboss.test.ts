import { describe, expect, it } from "vitest";
import { pgSettingsOf } from "./job-queue-pgboss.ts";

const base = { host: ["db.example.org"], port: [5433], database: "terrain", user: "app" };

describe("pgSettingsOf: node-postgres settings for pg-boss from a postgres.js client's", () => {
  it("keeps host, port, database, user and password, and no TLS when postgres.js has none", () => {
    expect(pgSettingsOf({ ...base, pass: "s3cret", ssl: false })).toEqual({
      host: "db.example.org",
      port: 5433,
      database: "terrain",
      user: "app",
      password: "s3cret",
    });
  });

  it("connects through the socket's folder when postgres.js uses a Unix socket", () => {
    const settings = pgSettingsOf({
      ...base,
      host: ["localhost"],
      port: [5432],
      path: "/run/postgresql/.s.PGSQL.5432",
    });
    expect(settings).toMatchObject({ host: "/run/postgresql", port: 5432 });
    expect(settings).not.toHaveProperty("password");
  });

  it("maps sslmode require to TLS without certificate check, and verify-full to a verified one", () => {
    expect(pgSettingsOf({ ...base, ssl: "require" }).ssl).toEqual({ rejectUnauthorized: false });
    expect(pgSettingsOf({ ...base, ssl: "verify-full" }).ssl).toBe(true);
    expect(pgSettingsOf({ ...base, ssl: { ca: "PEM" } }).ssl).toEqual({ ca: "PEM" });
  });
});
