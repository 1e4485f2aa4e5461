import { defineConfig } from "vitest/config";

// Four tiers. unit: pure code; db: core/server against a fresh database (PGlite, or the
// PostgreSQL named by TERRAIN_TEST_DATABASE_URL); e2e: Playwright journeys in Chromium;
// slow: long statistical checks (coverage by simulation).
const slowOrDb = ["**/*.db.test.ts", "**/*.slow.test.ts", "**/*.e2e.test.ts", "**/node_modules/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts"],
          exclude: slowOrDb,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "db",
          include: [
            "packages/*/src/**/*.db.test.ts",
            "apps/*/src/**/*.db.test.ts",
            "packages/*/test/**/*.db.test.ts",
          ],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "slow",
          include: ["packages/*/src/**/*.slow.test.ts", "packages/*/test/**/*.slow.test.ts"],
          testTimeout: 1_800_000,
        },
      },
    ],
  },
});
