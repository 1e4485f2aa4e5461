import { Button, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnalysisJob } from "./types.ts";

/** The analysis on screen in one line (elections, our side, method) and a way to ask for another. */
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
    side?: { nuances?: string[]; candidates?: string[] };
  };
  const side = [...(inputs.side?.nuances ?? []), ...(inputs.side?.candidates ?? [])].join(", ");
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
            {t("analysis.summary.line", { side: side || "—", method: t(`analysis.method.${method}.label`) })}
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
