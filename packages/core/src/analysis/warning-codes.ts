/**
 * Stable codes for the warnings of an analysis. The engine (packages/stats) speaks
 * English, for the command line and the logs; the screens need the same facts in French.
 * Each warning is kept as text and given a code with its parameters, so the web app
 * renders its own sentence ("analysis.warnings.<code>") and the CLI keeps the text.
 */
/** Every code; the web app has a sentence "analysis.warnings.<code>" for each but "other". */
export const ANALYSIS_WARNING_CODES = [
  "side_missing",
  "empty_units",
  "margins_differ",
  "margins_rescaled",
  "zero_rows",
  "zero_cols",
  "zero_total_units",
  "md_not_converged",
  "md_low_ess",
  "outside_bounds",
  "unit_lp_failed",
  "row_no_votes",
  "register_change",
  "subtotal_gaps",
  "option_unused",
  "king_not_converged",
  "king_weights",
  "aggregation_bias",
  "other",
] as const;

export type AnalysisWarningCode = (typeof ANALYSIS_WARNING_CODES)[number];

export interface AnalysisWarning {
  code: AnalysisWarningCode;
  params: Record<string, string | number>;
  /** The English text, as the engine or the analysis wrote it. */
  text: string;
}

type Rule = [AnalysisWarningCode, RegExp, (m: RegExpMatchArray) => AnalysisWarning["params"]];

const n = (s: string) => Number(s);

/** The engine's warning sentences (packages/stats), each with the parameters it carries. */
const RULES: Rule[] = [
  ["side_missing", /^No list of our side in (.+)\.$/, (m) => ({ election: m[1] })],
  ["empty_units", /^(\d+) empty unit\(s\)/, (m) => ({ units: n(m[1]) })],
  ["margins_differ", /^(\d+) unit\(s\) with row total ≠ column total/, (m) => ({ units: n(m[1]) })],
  ["margins_differ", /^(\d+) unit\(s\) have row and column totals that differ/, (m) => ({ units: n(m[1]) })],
  [
    "margins_rescaled",
    /^(\d+) unit\(s\) had row and column totals that differ; (rows|columns) rescaled/,
    (m) => ({ units: n(m[1]), side: m[2] }),
  ],
  ["zero_rows", /^row\(s\) with zero total: (.*)$/, (m) => ({ rows: m[1] })],
  ["zero_cols", /^column\(s\) with zero total: (.*)$/, (m) => ({ cols: m[1] })],
  ["zero_total_units", /^(\d+) unit\(s\) with a zero total were left out/, (m) => ({ units: n(m[1]) })],
  ["md_not_converged", /^chains have not converged: max R-hat ([\d.]+)/, (m) => ({ rhat: n(m[1]) })],
  ["md_low_ess", /^low effective sample size \(min (\d+)\)/, (m) => ({ ess: n(m[1]) })],
  ["outside_bounds", /^(\d+) cell\(s\) of the estimate lie outside/, (m) => ({ cells: n(m[1]) })],
  [
    "outside_bounds",
    /^Goodman estimate (.+)→(.+) = [\d.-]+ is outside/,
    (m) => ({ cells: 1, row: m[1], col: m[2] }),
  ],
  ["unit_lp_failed", /^(\d+) unit programme\(s\) failed/, (m) => ({ units: n(m[1]) })],
  ["row_no_votes", /^row "(.+)" has (?:no votes|a zero total)/, (m) => ({ row: m[1] })],
  [
    "register_change",
    /^unit totals differ between elections: NET_ENTRIES ([\d.]+)%, NET_EXITS ([\d.]+)%/,
    (m) => ({ entries: n(m[1]), exits: n(m[2]) }),
  ],
  ["subtotal_gaps", /^(\d+) unit\(s\) had sub-vote total gaps/, (m) => ({ units: n(m[1]) })],
  ["option_unused", /^option "(.+)" is not used by/, (m) => ({ option: m[1] })],
  ["king_not_converged", /^King EI: the likelihood maximisation did not converge/, () => ({})],
  [
    "king_weights",
    /^King EI: importance weights are concentrated \(effective size (\d+)\)/,
    (m) => ({ ess: n(m[1]) }),
  ],
  [
    "aggregation_bias",
    /^aggregation bias likely: (\d+) Goodman coefficient\(s\) significantly outside \[0, 1\] \(worst (.+)→(.+) = ([\d.-]+) %\)/,
    (m) => ({ cells: n(m[1]), row: m[2], col: m[3], value: n(m[4]) }),
  ],
];

/** The code and parameters of one warning text ("other" when no rule knows it). Cost: O(rules). */
export function codeWarning(text: string): AnalysisWarning {
  for (const [code, re, params] of RULES) {
    const m = text.match(re);
    if (m) return { code, params: params(m), text };
  }
  return { code: "other", params: {}, text };
}

/** Codes every warning of a list, in order. */
export const codeWarnings = (texts: readonly string[]): AnalysisWarning[] => texts.map(codeWarning);
