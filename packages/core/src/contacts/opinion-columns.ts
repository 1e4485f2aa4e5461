import { foldText } from "./fold-text.ts";

/**
 * Columns of other tools that hold political opinions (NationBuilder's support levels, party
 * membership, voting intention). They are never imported: an opinion is only stored against
 * a name with the person's recorded 'opinions' consent, which an export does not prove.
 */
const OPINION_COLUMNS = new Set(
  [
    "support_level",
    "inferred_support_level",
    "support_probability_score",
    "party",
    "party_member",
    "political_party",
    "soutien",
    "niveau de soutien",
    "intention de vote",
    "vote",
    "parti",
    "sympathie",
  ].map(foldText),
);

/** True when a column name says it holds political opinions. */
export function isOpinionColumn(name: string): boolean {
  return OPINION_COLUMNS.has(foldText(name));
}
