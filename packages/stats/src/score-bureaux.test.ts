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

describe("scoreBureaux with reachable lists", () => {
  // rows: Abst, Us, Eco, Far ; cols: Abst, Blancs, Us, Eco, Far ; Eco is within reach
  const reachSpec = {
    sideRows: [1],
    sideCols: [2],
    abstentionCol: 0,
    voteCols: [2, 3, 4],
    voterCols: [1, 2, 3, 4],
  };
  const beta = [
    [0.8, 0, 0.05, 0.1, 0.05],
    [0.2, 0.05, 0.6, 0.1, 0.05],
    [0.1, 0, 0.2, 0.6, 0.1],
    [0, 0, 0, 0.1, 0.9],
  ];
  const b: BureauTransfer = {
    id: "A",
    rowCounts: [300, 400, 200, 100],
    colCounts: [380, 20, 295, 200, 105],
    ...exact(beta),
    doors: 400,
  };

  it("adds the other voters of the reachable lists to persuasion, by a known amount", () => {
    const [none] = scoreBureaux([b], reachSpec);
    expect(none.persuasion.value).toBeCloseTo(60, 9); // 400 × (0.1 + 0.05): our voters lost
    expect(none.reach.value).toBe(0);
    const [eco] = scoreBureaux([b], { ...reachSpec, reachCols: [3] });
    // Eco voters who were not ours: 300 × 0.1 + 200 × 0.6 + 100 × 0.1 = 160 (our 40 already counted)
    expect(eco.reach.value).toBeCloseTo(160, 9);
    expect(eco.persuasion.value).toBeCloseTo(220, 9);
    expect(eco.mobilisation.value).toBeCloseTo(80, 9);
    expect(eco.gainPerDoor.value).toBeCloseTo((0.07 * 80 + 0.03 * 60 + 0.03 * 160) / 400, 12);
    const [slow] = scoreBureaux([b], { ...reachSpec, reachCols: [3], reachYield: 0.01 });
    expect(slow.gainPerDoor.value).toBeCloseTo((0.07 * 80 + 0.03 * 60 + 0.01 * 160) / 400, 12);
  });

  it("ignores our own columns and non-list columns in the reach, and carries interval ends", () => {
    const [same] = scoreBureaux([b], { ...reachSpec, reachCols: [2, 0, 1] });
    expect(same.persuasion.value).toBeCloseTo(60, 9);
    const lower = beta.map((row) => row.map((v, c) => (c === 3 ? v / 2 : v)));
    const upper = beta.map((row) => row.map((v, c) => (c === 3 ? v * 1.5 : v)));
    const [s] = scoreBureaux([{ ...b, lower, upper }], { ...reachSpec, reachCols: [3] });
    // lost voters: 400 × (0.05 + 0.05) = 40 at the lower end, 400 × (0.15 + 0.05) = 80 at the upper
    expect(s.reach).toEqual({
      value: expect.closeTo(160, 9),
      lower: expect.closeTo(80, 9),
      upper: expect.closeTo(240, 9),
    });
    expect(s.persuasion.lower).toBeCloseTo(40 + 80, 9);
    expect(s.persuasion.upper).toBeCloseTo(80 + 240, 9);
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
