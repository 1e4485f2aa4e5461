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
  /**
   * Columns (later election) of the lists "within reach" (listes proches) the campaign chose,
   * e.g. ecologists and centre-left lists for a left union. Default none: persuasion then
   * counts only our earlier voters lost to other lists. Side columns are ignored here.
   */
  reachCols?: number[];
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
  /** Share of reached voters of the reachable lists who switch to us (default: persuasionYield). */
  reachYield?: number;
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
  /**
   * Voters within reach: voters of the earlier side who voted another list in the later one,
   * plus the other voters of the reachable lists in the later one (see {@link scoreBureaux}).
   */
  persuasion: Interval;
  /** The second part of persuasion alone: voters of the reachable lists who did not vote our side before. */
  reach: Interval;
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
 * Method: for bureau b with origin counts n_r and unit transfer shares β_rc (r rows of the
 * earlier election, c columns of the later one), with S_r our side's rows, S_c its columns,
 * L the list columns and K ⊆ L \ S_c the reachable lists the campaign chose:
 * - mobilisation M_b = Σ_{r ∈ S_r} n_r β_{r,abstention} (our earlier voters who abstained);
 * - lost voters   P_b = Σ_{r ∈ S_r} Σ_{c ∈ L \ S_c} n_r β_rc (our earlier voters now voting
 *   for another list);
 * - reach         R_b = Σ_{r ∉ S_r} Σ_{c ∈ K} n_r β_rc (the expected voters of the reachable
 *   lists in the later election who did not vote our side in the earlier one: they came from
 *   other lists, abstention, blank or null, or are new voters; those who did vote our side
 *   are already in P_b, so none is counted twice);
 * - persuasion potential (the voters within reach) = P_b + R_b, which is P_b when K is empty;
 * - expected gain per door G_b = (y_m M_b + y_p P_b + y_k R_b) / doors_b, with yields
 *   y_m = 0.07 and y_p = 0.03 per contact by default (orders of magnitude of canvassing field
 *   experiments: Gerber & Green 2000, APSR 94:653; Pons 2018, AEJ Applied 10:33 for France)
 *   and y_k = y_p by default: no field experiment we know of separates the yield on voters
 *   we lost from the yield on voters of a neighbouring list, so both get the persuasion
 *   yield unless the caller says otherwise. The priority rank sorts G_b.
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
  const yk = spec.reachYield ?? yp;
  const sideCols = new Set(spec.sideCols);
  const sideRows = new Set(spec.sideRows);
  const otherLists = spec.voteCols.filter((c) => !sideCols.has(c));
  const reachCols = [...new Set(spec.reachCols ?? [])].filter(
    (c) => spec.voteCols.includes(c) && !sideCols.has(c),
  );
  const scored = bureaux.map((b) => {
    const otherRows = b.rowCounts.flatMap((_, r) => (sideRows.has(r) ? [] : [r]));
    const cell = (m: number[][], rows: readonly number[], cols: readonly number[]) =>
      rows.reduce((s, r) => s + (b.rowCounts[r] ?? 0) * cols.reduce((t, c) => t + (m[r]?.[c] ?? 0), 0), 0);
    const interval = (rows: readonly number[], cols: readonly number[]): Interval => ({
      value: cell(b.estimate, rows, cols),
      lower: cell(b.lower, rows, cols),
      upper: cell(b.upper, rows, cols),
    });
    const mobilisation = interval(spec.sideRows, [spec.abstentionCol]);
    const lost = interval(spec.sideRows, otherLists);
    const reach = interval(otherRows, reachCols);
    const persuasion: Interval = {
      value: lost.value + reach.value,
      lower: lost.lower + reach.lower,
      upper: lost.upper + reach.upper,
    };
    const doors = Math.max(1, b.doors);
    const gain = (m: number, p: number, k: number) => (ym * m + yp * p + yk * k) / doors;
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
      reach,
      doors,
      gainPerDoor: {
        value: gain(mobilisation.value, lost.value, reach.value),
        lower: gain(mobilisation.lower, lost.lower, reach.lower),
        upper: gain(mobilisation.upper, lost.upper, reach.upper),
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
