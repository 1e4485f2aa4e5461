import { Alert, List, Spoiler } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnalysisWarning } from "./types.ts";

/**
 * The warnings of an analysis, in the user's language: each coded warning is rendered from
 * "analysis.warnings.<code>" with its parameters; a warning without a known code (or a
 * result stored before codes existed) shows the engine's English text.
 */
export function WarningList({
  warnings,
  coded,
  title,
}: {
  warnings: string[];
  coded?: AnalysisWarning[];
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const items = coded ?? warnings.map((text) => ({ code: "other", params: {}, text }));
  if (items.length === 0) return null;
  const say = (w: AnalysisWarning) => {
    const key = `analysis.warnings.${w.code}`;
    const params = Object.fromEntries(
      Object.entries(w.params).map(([k, v]) => [
        k,
        typeof v === "number" ? v.toLocaleString(i18n.language) : v,
      ]),
    );
    const count = [w.params.units, w.params.cells].find((v) => typeof v === "number");
    const options = { ...params, count };
    return w.code !== "other" && i18n.exists(key, options) ? t(key, options) : w.text;
  };
  return (
    <Alert color="gray" mt="sm" title={title} data-testid="analysis-warnings">
      <Spoiler maxHeight={48} showLabel={t("analysis.more")} hideLabel={t("analysis.less")}>
        <List size="xs">
          {items.map((w) => (
            <List.Item key={w.text}>{say(w)}</List.Item>
          ))}
        </List>
      </Spoiler>
    </Alert>
  );
}
