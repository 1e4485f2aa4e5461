import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnalysisWarning } from "../../api/types.ts";
import { warningSentence } from "./warningWords.ts";

/**
 * The aggregation-bias caveat, right under the table it concerns (the other warnings stay
 * in the list below): the estimates are pulled by rates that vary with the bureaux'
 * make-up, so the user should read orders of magnitude.
 */
export function BiasAlert({ coded }: { coded?: AnalysisWarning[] }) {
  const { t, i18n } = useTranslation();
  const bias = coded?.find((w) => w.code === "aggregation_bias");
  if (!bias) return null;
  return (
    <Alert color="yellow" mt="sm" title={t("analysis.bias.title")} data-testid="bias-alert">
      {warningSentence(bias, i18n)}
    </Alert>
  );
}
