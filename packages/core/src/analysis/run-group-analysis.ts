import { runEiOffThread } from "@terrain/stats";
import type { Db } from "../db/db-type.ts";
import { AppError } from "../errors.ts";
import { dropEmptyOptions } from "./build-transfer-input.ts";
import { DIMENSIONS, loadBureauDemographics } from "./demographics.ts";
import { loadElection } from "./load-election.ts";
import { BLANK_AND_NULL, mergeSmallOptions } from "./merge-small-options.ts";
import { engineRunOptions, type RunOptions } from "./run-transfer-analysis.ts";
import type { GroupResult, TransferMethod } from "./transfer-result.ts";
import { codeWarnings } from "./warning-codes.ts";

/** Groups smaller than this across the commune are never shown (statistical secrecy). */
export const MIN_GROUP_TOTAL = 50;

export interface GroupParams {
  election: string;
  dimension: string;
}

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/**
 * Group × vote for one election: rows = the dimension's groups carried from IRIS to
 * bureaux, scaled in each bureau to its inscrits (the census counts residents, the
 * results count registered voters: each bureau's group mix is kept, its size is the
 * register's), cols = the election's options. Every group enters the model; groups
 * under MIN_GROUP_TOTAL persons are removed from the output.
 */
export async function runGroupAnalysis(
  db: Db,
  campaignId: string,
  params: GroupParams,
  method: TransferMethod,
  options: RunOptions,
): Promise<GroupResult> {
  const dim = DIMENSIONS[params.dimension];
  if (!dim) throw new AppError("bad_request", `Dimension inconnue : ${params.dimension}.`);
  const report = options.onProgress ?? (() => {});
  report(0, "Lecture des données");
  const election = await loadElection(db, campaignId, params.election);
  const demo = await loadBureauDemographics(db, campaignId);
  const units = [...election.counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([code, cols]) => {
      const g = demo.groups.get(code)?.[params.dimension];
      const total = g ? sum(g) : 0;
      const ins = sum(cols);
      if (!g || total <= 0 || ins <= 0) return [];
      return [{ id: code, rows: g.map((v) => (v * ins) / total), cols: [...cols], size: g }];
    });
  if (units.length < 2) {
    throw new AppError(
      "bad_request",
      "Importez les données de recensement par IRIS et les adresses ou contours pour croiser groupes et votes.",
    );
  }
  const sizes = dim.groups.map((_, k) => units.reduce((s, u) => s + u.size[k], 0));
  const merged = mergeSmallOptions(
    dropEmptyOptions({
      rows: dim.groups.map((g) => g.key),
      cols: election.options.map((o) => o.key),
      units: units.map(({ id, rows, cols }) => ({ id, rows, cols })),
    }),
    new Set(dim.groups.map((g) => g.key)),
  );
  const input = merged.input;
  const out = await runEiOffThread(input, method, {
    ...engineRunOptions(options),
    margins: "scale-rows",
    onProgress: (f) => report(0.05 + 0.9 * f, "Estimation"),
  });
  const shown = out.rows.flatMap((key, r) => {
    const k = dim.groups.findIndex((g) => g.key === key);
    return k >= 0 && sizes[k] >= MIN_GROUP_TOTAL ? [r] : [];
  });
  const pick = (m: number[][]) => shown.map((r) => m[r]);
  const { units: _u, ...votes } = out;
  report(1, "Terminé");
  return {
    kind: "groups",
    election: { id: election.id, label: election.label },
    dimension: params.dimension,
    dimensionLabel: dim.label,
    groups: shown.map((r) => {
      const k = dim.groups.findIndex((g) => g.key === out.rows[r]);
      return { key: dim.groups[k].key, label: dim.groups[k].label, size: Math.round(sizes[k]) };
    }),
    hiddenGroups: out.rows.length - shown.length,
    votes: {
      ...votes,
      rows: shown.map((r) => out.rows[r]),
      estimate: pick(out.estimate),
      lower: pick(out.lower),
      upper: pick(out.upper),
      counts: pick(out.counts),
    },
    labels: {
      cols: out.cols.map(
        (k) =>
          election.options.find((o) => o.key === k) ?? {
            key: k,
            label: k,
            nuance: null,
            kind: k === BLANK_AND_NULL ? "blank" : "list",
          },
      ),
    },
    merged: { cols: merged.colGroups },
    warnings: out.diagnostics.warnings,
    warningCodes: codeWarnings(out.diagnostics.warnings),
  };
}
