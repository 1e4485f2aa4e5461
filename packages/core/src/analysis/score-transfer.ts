import type { EiInput, EiOutput } from "@terrain/stats";
import { type BureauTransfer, scoreBureaux } from "@terrain/stats";
import { BLANK_AND_NULL } from "./merge-small-options.ts";
import type { BureauPriority } from "./transfer-result.ts";

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/** Households per door when only inscrits are known (INSEE: about 1.9 registered voters per household). */
export const INSCRITS_PER_DOOR = 1.9;

/**
 * Scores each bureau from an engine output with units (scoreBureaux of @terrain/stats):
 * aligns the output's rows and cols (which may gain NET_ENTRIES / NET_EXITS) with the
 * unit counts, picks our side, abstention, blank and null by their keys, and counts doors
 * as households carried from the census when known, else inscrits / 1.9. `reachTo` names
 * the later election's lists within reach: their other voters join the persuasion potential.
 */
export function scoreTransfer(
  input: EiInput,
  out: EiOutput,
  sideFrom: ReadonlySet<string>,
  sideTo: ReadonlySet<string>,
  households: ReadonlyMap<string, number>,
  reachTo: ReadonlySet<string> = new Set(),
): BureauPriority[] {
  const units = out.units ?? [];
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const rowIndex = out.rows.map((r) => input.rows.indexOf(r));
  const colIndex = out.cols.map((c) => input.cols.indexOf(c));
  const fixed = new Set(["Abstentions", "Blancs", "Nuls", BLANK_AND_NULL, "NET_EXITS"]);
  const voteCols = out.cols.flatMap((c, k) => (fixed.has(c) ? [] : [k]));
  const voterCols = out.cols.flatMap((c, k) => (c === "Abstentions" || c === "NET_EXITS" ? [] : [k]));
  const spec = {
    sideRows: out.rows.flatMap((r, k) => (sideFrom.has(r) ? [k] : [])),
    sideCols: out.cols.flatMap((c, k) => (sideTo.has(c) ? [k] : [])),
    reachCols: out.cols.flatMap((c, k) => (reachTo.has(c) ? [k] : [])),
    abstentionCol: out.cols.indexOf("Abstentions"),
    voteCols,
    voterCols,
  };
  const sources = new Map<string, "households" | "inscrits">();
  const transfers: BureauTransfer[] = units.flatMap((est) => {
    const u = byId.get(est.id);
    if (!u) return [];
    const gap = sum(u.cols) - sum(u.rows);
    const rowCounts = rowIndex.map((i) => (i >= 0 ? u.rows[i] : Math.max(0, gap)));
    const colCounts = colIndex.map((i) => (i >= 0 ? u.cols[i] : Math.max(0, -gap)));
    const h = households.get(est.id) ?? 0;
    sources.set(est.id, h > 0 ? "households" : "inscrits");
    return [
      {
        id: est.id,
        rowCounts,
        colCounts,
        estimate: est.estimate,
        lower: est.lower,
        upper: est.upper,
        doors: h > 0 ? h : sum(u.cols) / INSCRITS_PER_DOOR,
      },
    ];
  });
  return scoreBureaux(transfers, spec).map((s) => ({
    code: s.id,
    inscrits: s.inscrits,
    turnout: s.turnout,
    ourScore: s.ourScore,
    mobilisation: s.mobilisation,
    persuasion: s.persuasion,
    doors: s.doors,
    doorsSource: sources.get(s.id) ?? "inscrits",
    gainPerDoor: s.gainPerDoor,
    rank: s.rank,
  }));
}
