/** One bureau's unit-level transfer estimate between two elections, and its doors. */
export interface BureauTransfer {
  id: string;
  /** Counts of each origin row (options of the earlier election, plus any NET_ENTRIES row). */
  rowCounts: number[];
  /** Counts of each destination column (options of the later election). */
  colCounts: number[];
  /** Row shares going to each column (each row sums to 1), with their 95 % interval or bounds. */
  estimate: number[][];
  lower: number[][];
  upper: number[][];
  /** Doors to knock: households when known, else inscrits / 1.9. */
  doors: number;
}

/** What "our side" and abstention are, as row and column indices of the transfer tables. */
export interface ScoreSpec {
  /** Rows (earlier election) of our side's lists. */
  sideRows: number[];
  /** Columns (later election) of our side's lists. */
  sideCols: number[];
  /** Column of abstention in the later election. */
  abstentionCol: number;
  /** Columns counted as votes cast (exprimés) in the later election: the lists. */
  voteCols: number[];
  /** Columns counted as voters (votants): lists, blank and null. */
  voterCols: number[];
  /** Share of reached leaning abstainers who then vote (default 0.07). */
  mobilisationYield?: number;
  /** Share of reached persuadable voters who switch back (default 0.03). */
  persuasionYield?: number;
}

/** A figure with the lower and upper ends of its interval. */
export interface Interval {
  value: number;
  lower: number;
  upper: number;
}

/** The scores of one bureau, as {@link scoreBureaux} returns them. */
export interface BureauScore {
  id: string;
  inscrits: number;
  turnout: number;
  /** Our side's share of votes cast (exprimés) in the later election. */
  ourScore: number;
  /** Abstainers of the later election who voted our side in the earlier one. */
  mobilisation: Interval;
  /** Voters of the earlier side who voted another list in the later one. */
  persuasion: Interval;
  doors: number;
  /** Expected votes gained per door knocked: the priority score. */
  gainPerDoor: Interval;
  /** 1 = the best bureau to canvass. */
  rank: number;
}

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/**
 * Door-to-door priorities per bureau from unit-level transfer estimates.
 *
 * Method: for bureau b with origin counts n_r and unit transfer shares β_rc,
 * mobilisation M_b = Σ_{r ∈ side} n_r β_{r,abstention} (our earlier voters who abstained),
 * persuasion P_b = Σ_{r ∈ side} Σ_{c ∈ lists \ side} n_r β_rc (our earlier voters now
 * voting for another list: the voters within reach), and the expected gain per door
 * G_b = (y_m M_b + y_p P_b) / doors_b, with yields y_m = 0.07 and y_p = 0.03 per contact by
 * default (orders of magnitude of canvassing field experiments: Gerber & Green 2000, APSR
 * 94:653; Pons 2018, AEJ Applied 10:33 for France). The priority rank sorts G_b.
 * Intervals: the sum of the cells' lower (upper) ends — conservative, as it ignores
 * the negative correlation between cells of a row (with MD unit draws these are 95 %
 * credible ends; with the lphom family, Duncan–Davis unit bounds).
 * Assumptions: the transfer of a bureau's earlier voters still describes its voters
 * (register changes absorbed by NET_ENTRIES / NET_EXITS or margin scaling); yields are
 * the same in every bureau. Cost: O(B · R · C + B log B).
 */
export function scoreBureaux(bureaux: readonly BureauTransfer[], spec: ScoreSpec): BureauScore[] {
  const ym = spec.mobilisationYield ?? 0.07;
  const yp = spec.persuasionYield ?? 0.03;
  const sideCols = new Set(spec.sideCols);
  const otherLists = spec.voteCols.filter((c) => !sideCols.has(c));
  const scored = bureaux.map((b) => {
    const cell = (m: number[][], cols: readonly number[]) =>
      spec.sideRows.reduce(
        (s, r) => s + (b.rowCounts[r] ?? 0) * cols.reduce((t, c) => t + (m[r]?.[c] ?? 0), 0),
        0,
      );
    const interval = (cols: readonly number[]): Interval => ({
      value: cell(b.estimate, cols),
      lower: cell(b.lower, cols),
      upper: cell(b.upper, cols),
    });
    const mobilisation = interval([spec.abstentionCol]);
    const persuasion = interval(otherLists);
    const doors = Math.max(1, b.doors);
    const gain = (m: number, p: number) => (ym * m + yp * p) / doors;
    const inscrits = sum(
      b.colCounts.filter((_, c) => c === spec.abstentionCol || spec.voterCols.includes(c)),
    );
    const votants = sum(spec.voterCols.map((c) => b.colCounts[c] ?? 0));
    const exprimes = sum(spec.voteCols.map((c) => b.colCounts[c] ?? 0));
    const ours = sum(spec.sideCols.map((c) => b.colCounts[c] ?? 0));
    return {
      id: b.id,
      inscrits,
      turnout: inscrits > 0 ? votants / inscrits : 0,
      ourScore: exprimes > 0 ? ours / exprimes : 0,
      mobilisation,
      persuasion,
      doors,
      gainPerDoor: {
        value: gain(mobilisation.value, persuasion.value),
        lower: gain(mobilisation.lower, persuasion.lower),
        upper: gain(mobilisation.upper, persuasion.upper),
      },
      rank: 0,
    };
  });
  const order = scored
    .map((_, i) => i)
    .sort((a, b) => scored[b].gainPerDoor.value - scored[a].gainPerDoor.value);
  order.forEach((i, k) => {
    scored[i].rank = k + 1;
  });
  return scored;
}
