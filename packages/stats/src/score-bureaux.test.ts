import { describe, expect, it } from "vitest";
import { backtestScore } from "./backtest.ts";
import { rankMessages } from "./message-priority.ts";
import { type BureauTransfer, scoreBureaux } from "./score-bureaux.ts";

// rows: Abst, Us, Them ; cols: Abst, Blancs, Us, Them
const spec = { sideRows: [1], sideCols: [2], abstentionCol: 0, voteCols: [2, 3], voterCols: [1, 2, 3] };
const exact = (m: number[][]) => ({ estimate: m, lower: m, upper: m });

describe("scoreBureaux", () => {
  it("computes mobilisation, persuasion and gain per door by hand on a known table", () => {
    const b: BureauTransfer = {
      id: "A",
      rowCounts: [300, 400, 300],
      colCounts: [380, 20, 300, 300],
      ...exact([
        [0.9, 0.0, 0.05, 0.05],
        [0.2, 0.05, 0.6, 0.15],
        [0.0, 0.0, 0.0, 1.0],
      ]),
      doors: 500,
    };
    const [s] = scoreBureaux([b], spec);
    expect(s.mobilisation.value).toBeCloseTo(80, 9); // 400 × 0.2
    expect(s.persuasion.value).toBeCloseTo(60, 9); // 400 × 0.15
    expect(s.gainPerDoor.value).toBeCloseTo((0.07 * 80 + 0.03 * 60) / 500, 12);
    expect(s.turnout).toBeCloseTo(620 / 1000, 12);
    expect(s.ourScore).toBeCloseTo(0.5, 12);
    expect(s.rank).toBe(1);
  });

  it("ranks by gain per door and carries the interval ends", () => {
    const base = { rowCounts: [100, 100, 100], colCounts: [100, 0, 100, 100], doors: 100 };
    const low = [
      [1, 0, 0, 0],
      [0.1, 0, 0.8, 0.1],
      [0, 0, 0, 1],
    ];
    const high = [
      [1, 0, 0, 0],
      [0.5, 0, 0.3, 0.2],
      [0, 0, 0, 1],
    ];
    const scores = scoreBureaux(
      [
        { id: "low", ...base, estimate: low, lower: low, upper: high },
        { id: "high", ...base, ...exact(high) },
      ],
      spec,
    );
    expect(scores.map((s) => [s.id, s.rank])).toEqual([
      ["low", 2],
      ["high", 1],
    ]);
    expect(scores[0].mobilisation).toEqual({ value: 10, lower: 10, upper: 50 });
  });
});

describe("backtestScore", () => {
  it("correlates the score with the observed progression", () => {
    const score = new Map([
      ["a", 3],
      ["b", 2],
      ["c", 1],
      ["gone", 9],
    ]);
    const before = new Map([
      ["a", { ours: 100, inscrits: 1000 }],
      ["b", { ours: 100, inscrits: 1000 }],
      ["c", { ours: 100, inscrits: 1000 }],
    ]);
    const after = new Map([
      ["a", { ours: 160, inscrits: 1000 }],
      ["b", { ours: 130, inscrits: 1000 }],
      ["c", { ours: 90, inscrits: 1000 }],
    ]);
    const r = backtestScore(score, before, after);
    expect(r.bureaux).toBe(3);
    expect(r.rho).toBeCloseTo(1, 12);
    expect(r.points[0].progression).toBeCloseTo(0.06, 12);
  });
});

describe("rankMessages", () => {
  it("orders points by relevance × group weight", () => {
    const points = [
      { id: "p1", label: "Transports", relevance: { "age:18-24": 3, "age:65+": 0 } },
      { id: "p2", label: "Santé", relevance: { "age:18-24": 1, "age:65+": 3 } },
    ];
    const young = rankMessages(points, { "age:18-24": 0.6, "age:65+": 0.1 });
    expect(young.map((m) => m.pointId)).toEqual(["p1", "p2"]);
    expect(young[0].reach).toBeCloseTo(1.8, 12);
    const old = rankMessages(points, { "age:18-24": 0.1, "age:65+": 0.5 });
    expect(old[0].pointId).toBe("p2");
    expect(old[0].reach).toBeCloseTo(1.6, 12);
  });
});
