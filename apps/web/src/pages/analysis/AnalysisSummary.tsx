import { Button, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnalysisJob } from "../../api/types.ts";

type ListChoice = { nuances?: string[]; candidates?: string[] };

/** Nuances then list keys of a choice, as the user picked them: "LECO, LFI". */
const choiceWords = (c: ListChoice | undefined) =>
  [...(c?.nuances ?? []), ...(c?.candidates ?? [])].join(", ");

/**
 * The analysis on screen in one line (elections, our side, the lists within reach when some
 * were chosen, method) and a way to ask for another.
 */
export function AnalysisSummary(props: {
  job: AnalysisJob;
  label: (electionId: string) => string;
  onEdit: () => void;
  canRun: boolean;
}) {
  const { t } = useTranslation();
  const inputs = props.job.inputs as {
    from?: string;
    to?: string;
    side?: ListChoice;
    reach?: ListChoice;
  };
  const side = choiceWords(inputs.side);
  const reach = choiceWords(inputs.reach);
  const method = ["lphom", "tslphom", "nslphom", "md"].includes(props.job.method)
    ? props.job.method
    : "lphom";
  return (
    <Paper withBorder p="sm" data-testid="analysis-summary">
      <Group justify="space-between" gap="sm">
        <div>
          <Text fw={600}>
            {props.label(inputs.from ?? "")} → {props.label(inputs.to ?? "")}
          </Text>
          <Text size="sm" c="dimmed">
            {t(reach ? "analysis.summary.lineReach" : "analysis.summary.line", {
              side: side || "—",
              reach,
              method: t(`analysis.method.${method}.label`),
            })}
          </Text>
        </div>
        {props.canRun && (
          <Button variant="light" onClick={props.onEdit}>
            {t("analysis.summary.edit")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
