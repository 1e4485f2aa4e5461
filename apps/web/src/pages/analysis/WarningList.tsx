import { Alert, List, Spoiler } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnalysisWarning } from "../../api/types.ts";
import { warningSentence } from "./warningWords.ts";

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
  const items: AnalysisWarning[] = coded ?? warnings.map((text) => ({ code: "other", params: {}, text }));
  if (items.length === 0) return null;
  return (
    <Alert color="gray" mt="sm" title={title} data-testid="analysis-warnings">
      <Spoiler maxHeight={48} showLabel={t("analysis.more")} hideLabel={t("analysis.less")}>
        <List size="xs">
          {items.map((w) => (
            <List.Item key={w.text}>{warningSentence(w, i18n)}</List.Item>
          ))}
        </List>
      </Spoiler>
    </Alert>
  );
}
