import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import {
  addresses,
  buildings,
  bureauResults,
  bureauVotes,
  bureaux,
  campaigns,
  doors,
  electoralListRequests,
  electors,
  iris,
  irisValues,
} from "../db/schema/index.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { getElectionSummaries } from "../import/get-election-summaries.ts";
import { loadDemo } from "./load-demo.ts";
import type { DemoTruth } from "./truth.ts";

describe(`loadDemo on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let dir: string;
  let campaignId: string;
  let truth: DemoTruth;
  beforeAll(async () => {
    handle = await createTestDb();
    dir = await mkdtemp(path.join(tmpdir(), "terrain-demo-test-"));
    campaignId = await loadDemo(handle.db, { dir });
    truth = JSON.parse(await readFile(path.join(dir, "truth.json"), "utf8"));
  });
  afterAll(async () => {
    await handle?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("creates a demo campaign on the fictional territory", async () => {
    const [c] = await handle.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    expect(c.isDemo).toBe(true);
    expect(c.territory).toBe(truth.territory);
    expect(c.name).toMatch(/données fictives/);
  });

  it("imports every round with totals equal to the truth's, exactly", async () => {
    const summary = await getElectionSummaries(handle.db, campaignId);
    expect(summary.elections.map((e) => e.id).sort()).toEqual(truth.elections.map((e) => e.id).sort());
    for (const e of summary.elections) {
      const t = truth.results[e.id].total;
      expect(e.bureaux).toBe(truth.bureaux.length);
      expect({ inscrits: e.inscrits, votants: e.votants, exprimes: e.exprimes }).toEqual({
        inscrits: t.inscrits,
        votants: t.votants,
        exprimes: t.exprimes,
      });
    }
    expect(summary.bureaux).toBe(truth.bureaux.length);
    expect(summary.iris).toBeGreaterThan(1);
  });

  it("imports each bureau's figures and each candidate's votes under the truth's labels", async () => {
    for (const e of truth.elections) {
      const rows = await handle.db
        .select()
        .from(bureauResults)
        .where(and(eq(bureauResults.campaignId, campaignId), eq(bureauResults.electionId, e.id)));
      for (const r of rows) {
        const t = truth.results[e.id].byBureau[r.bureauCode];
        expect([r.inscrits, r.votants, r.exprimes, r.blancs, r.nuls]).toEqual([
          t.inscrits,
          t.votants,
          t.exprimes,
          t.blancs,
          t.nuls,
        ]);
      }
      const votes = await handle.db
        .select({ key: bureauVotes.candidateKey, voix: sql<number>`sum(${bureauVotes.voix})::int` })
        .from(bureauVotes)
        .where(and(eq(bureauVotes.campaignId, campaignId), eq(bureauVotes.electionId, e.id)))
        .groupBy(bureauVotes.candidateKey);
      const imported = Object.fromEntries(votes.map((v) => [v.key, Number(v.voix)]));
      expect(imported).toEqual(truth.results[e.id].total.voix);
    }
  });

  it("imports contours, IRIS tables and the register's addresses", async () => {
    const withGeometry = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(bureaux)
      .where(and(eq(bureaux.campaignId, campaignId), sql`${bureaux.geometry} is not null`));
    expect(Number(withGeometry[0].n)).toBe(truth.bureaux.length);
    const pop = await handle.db
      .select({ v: sql<number>`sum(${irisValues.value})` })
      .from(irisValues)
      .where(and(eq(irisValues.campaignId, campaignId), eq(irisValues.variable, "C21_POP15P")));
    expect(Number(pop[0].v)).toBeGreaterThan(truth.results.pres2022t1.total.inscrits);
    const irisRows = await handle.db.select().from(iris).where(eq(iris.campaignId, campaignId));
    expect(irisRows.every((r) => r.geometry !== null)).toBe(true);
    const reu = await handle.db
      .select({ n: sql<number>`sum(${addresses.count})::int` })
      .from(addresses)
      .where(and(eq(addresses.campaignId, campaignId), eq(addresses.source, "reu")));
    expect(Number(reu[0].n)).toBe(truth.results.mun2026t1.total.inscrits);
  });

  it("loads the electoral list under a demo L.37 request: one elector per registered voter, geocoded", async () => {
    const [request] = await handle.db
      .select()
      .from(electoralListRequests)
      .where(eq(electoralListRequests.campaignId, campaignId));
    expect(request.isDemo).toBe(true);
    const perBureau = await handle.db
      .select({
        bureau: electors.bureauCode,
        n: sql<number>`count(*)::int`,
        located: sql<number>`count(${electors.doorId})::int`,
      })
      .from(electors)
      .where(eq(electors.campaignId, campaignId))
      .groupBy(electors.bureauCode);
    expect(Object.fromEntries(perBureau.map((r) => [r.bureau, Number(r.n)]))).toEqual(
      Object.fromEntries(truth.bureaux.map((b) => [b.code, b.electors])),
    );
    const located = perBureau.reduce((a, r) => a + Number(r.located), 0);
    expect(located).toBe(truth.electors.total);
    const onAddress = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(electors)
      .innerJoin(doors, eq(doors.id, electors.doorId))
      .innerJoin(buildings, eq(buildings.id, doors.buildingId))
      .where(and(eq(electors.campaignId, campaignId), eq(buildings.geocoded, "address")));
    expect(Number(onAddress[0].n)).toBe(truth.electors.total);
  });
});
