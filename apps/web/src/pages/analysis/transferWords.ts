import type { TFunction } from "i18next";
import type { OptionLabel } from "../../api/types.ts";
import { pct0, pctRange } from "./numbers.ts";

/** A row or column's name for a reader (register changes and merged lists named in words). */
export function optionName(o: OptionLabel, t: TFunction): string {
  if (o.key === "NET_ENTRIES") return t("analysis.transfer.netEntries");
  if (o.key === "NET_EXITS") return t("analysis.transfer.netExits");
  if (o.kind === "abstention") return t("analysis.transfer.abstention");
  if (o.kind === "blank" || o.kind === "null") return t("analysis.transfer.blank");
  if (o.key === "Autres listes") return t("analysis.transfer.others");
  return o.nuance ? `${o.label} (${o.nuance})` : o.label;
}

/**
 * The plain-words reading of one cell of a transfer matrix:
 * "62 % [55–69] des électeurs de X (Législatives 2024, 1er tour) ont voté Y (Municipales 2026, 1er tour)".
 */
export function transferSentence(
  args: {
    value: number | null;
    lower: number | null;
    upper: number | null;
    row: OptionLabel;
    col: OptionLabel;
    from: string;
    to: string;
  },
  t: TFunction,
  language = "fr",
): string {
  const range = pctRange(args.lower, args.upper, language);
  const who =
    args.row.key === "NET_ENTRIES"
      ? t("analysis.transfer.whoNew")
      : args.row.kind === "abstention"
        ? t("analysis.transfer.whoAbstained")
        : args.row.kind === "blank" || args.row.kind === "null"
          ? t("analysis.transfer.whoBlank")
          : t("analysis.transfer.whoList", { name: optionName(args.row, t) });
  const did =
    args.col.key === "NET_EXITS"
      ? t("analysis.transfer.didLeave")
      : args.col.kind === "abstention"
        ? t("analysis.transfer.didAbstain")
        : args.col.kind === "blank" || args.col.kind === "null"
          ? t("analysis.transfer.didBlank")
          : t("analysis.transfer.didList", { name: optionName(args.col, t) });
  return t("analysis.transfer.sentence", {
    share: pct0(args.value, language),
    range: range ? ` [${range}]` : "",
    who,
    from: args.from,
    did,
    to: args.to,
  });
}
