import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/db-type.ts";
import { createTestDb, testDbKind } from "../db/test-db.ts";
import { loadDemo } from "../demo/load-demo.ts";
import { loadElection } from "./load-election.ts";
import { requestAnalysis } from "./request-analysis.ts";
import { runTransferAnalysis } from "./run-transfer-analysis.ts";

// Demo commune, législatives 2024 round 1 → municipales 2026 round 1; our side is the left
// union (UG, then LUG); the ecologist and insoumis lists of 2026 (LECO, LFI) are within reach.
const side = { nuances: ["UG", "LUG"] };
const pair = { from: "leg2024t1", to: "mun2026t1" };

describe(`lists within reach (${testDbKind()})`, () => {
  let handle: DbHandle;
  let campaignId: string;
  beforeAll(async () => {
    handle = await createTestDb();
    campaignId = await loadDemo(handle.db, { bureaux: 8, voters: 6000 });
  }, 180_000);
  afterAll(async () => handle?.close());

  it("makes another job with another inputs hash, and leaves requests without reach as they were", async () => {
    const base = { kind: "transfer" as const, ...pair, side, method: "lphom" as const };
    const none = await requestAnalysis(handle.db, campaignId, base);
    const eco = await requestAnalysis(handle.db, campaignId, { ...base, reach: { nuances: ["LECO"] } });
    expect(none.created && eco.created).toBe(true);
    expect(eco.job.id).not.toBe(none.job.id);
    expect(eco.job.inputsHash).not.toBe(none.job.inputsHash);
    expect(none.job.inputs).not.toHaveProperty("reach");
    expect(eco.job.inputs).toMatchObject({ reach: { nuances: ["LECO"], candidates: [] } });
    // an empty reach is no reach; the same reach spelt differently is the same job
    const empty = await requestAnalysis(handle.db, campaignId, { ...base, reach: { nuances: [" "] } });
    expect(empty).toMatchObject({ created: false, job: { id: none.job.id } });
    const again = await requestAnalysis(handle.db, campaignId, { ...base, reach: { nuances: ["leco "] } });
    expect(again).toMatchObject({ created: false, job: { id: eco.job.id } });
  });

  it("adds to each bureau's persuasion at most the reachable lists' votes, and to its gain at the persuasion yield", async () => {
    const params = { ...pair, side };
    const reach = { nuances: ["LECO", "LFI"] };
    const none = await runTransferAnalysis(handle.db, campaignId, params, "lphom", { seed: 1 });
    const near = await runTransferAnalysis(handle.db, campaignId, { ...params, reach }, "lphom", { seed: 1 });
    const to = await loadElection(handle.db, campaignId, pair.to);
    const cols = to.options.flatMap((o, k) => (o.nuance === "LECO" || o.nuance === "LFI" ? [k] : []));
    expect(cols).toHaveLength(2);
    expect(near.reach).toEqual({ from: [], to: cols.map((k) => to.options[k].key) });
    expect(none.reach).toEqual({ from: [], to: [] });
    // both lists are large enough to stand alone in both runs: same matrix, so persuasion
    // grows by the reach term alone, R_b = their voters who were not ours in 2024
    expect(near.transfer.estimate).toEqual(none.transfer.estimate);
    const before = new Map(none.bureaux.map((b) => [b.code, b]));
    let total = 0;
    let totalUpper = 0;
    for (const b of near.bureaux) {
      const a = before.get(b.code);
      if (!a) throw new Error(`bureau ${b.code} missing without reach`);
      const added = b.persuasion.value - a.persuasion.value;
      const counts = to.counts.get(b.code) ?? [];
      const votes = cols.reduce((s, k) => s + (counts[k] ?? 0), 0);
      expect(added).toBeGreaterThanOrEqual(-1e-9);
      expect(added).toBeLessThanOrEqual(votes + 1e-6);
      expect(b.persuasion.lower).toBeLessThanOrEqual(b.persuasion.value + 1e-9);
      expect(b.persuasion.upper).toBeGreaterThanOrEqual(b.persuasion.value - 1e-9);
      expect(b.mobilisation).toEqual(a.mobilisation);
      expect(b.gainPerDoor.value - a.gainPerDoor.value).toBeCloseTo((0.03 * added) / b.doors, 12);
      total += added;
      totalUpper += b.persuasion.upper - a.persuasion.upper;
    }
    // the insoumis list draws voters from outside the 2024 left union too, and the bounds
    // leave room for more
    expect(total).toBeGreaterThan(0);
    expect(totalUpper).toBeGreaterThan(total);
  });
});
