import { describe, expect, it } from "vitest";
import type { EiInput, EiOutput } from "./contract.ts";
import { runEi } from "./run-ei.ts";
import { runEiOffThread } from "./run-ei-off-thread.ts";

const input: EiInput = {
  rows: ["a", "b", "c"],
  cols: ["x", "y", "z"],
  units: Array.from({ length: 12 }, (_, k) => {
    const rows = [20 + 7 * k, 50 + ((k * 13) % 40), 30 + ((k * 5) % 25)];
    const n = rows[0] + rows[1] + rows[2];
    const x = Math.round(n * (0.2 + 0.03 * (k % 5)));
    const y = Math.round(n * (0.5 - 0.02 * (k % 4)));
    return { id: String(k + 1), rows, cols: [x, y, n - x - y] };
  }),
};
const withoutTime = (out: EiOutput) => ({ ...out, diagnostics: { ...out.diagnostics, elapsedMs: 0 } });

describe("runEiOffThread", () => {
  it.each(["lphom", "tslphom", "nslphom"] as const)(
    "gives %s's output exactly as runEi does, with progress, from a worker thread",
    async (method) => {
      const fractions: number[] = [];
      const off = await runEiOffThread(input, method, { units: true, onProgress: (f) => fractions.push(f) });
      const here = await runEi(input, method, { units: true });
      expect(withoutTime(off)).toEqual(withoutTime(here));
      expect(fractions.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it("keeps the event loop turning while the worker computes", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let running = true;
    // a tick observed while the computation is pending: impossible if it held this thread
    const seen = new Promise<number>((resolve) => {
      const poll = () => (ticks > 0 || !running ? resolve(ticks) : setImmediate(poll));
      poll();
    });
    const out = runEiOffThread(input, "nslphom", {}).finally(() => {
      running = false;
    });
    expect(await seen).toBeGreaterThan(0);
    await out;
    clearInterval(timer);
  }, 60_000);

  it("rejects bad input with the engine's message", async () => {
    const bad = structuredClone(input);
    bad.units[0].rows[0] = -1;
    await expect(runEiOffThread(bad, "lphom")).rejects.toThrow(/1/);
  });
});
