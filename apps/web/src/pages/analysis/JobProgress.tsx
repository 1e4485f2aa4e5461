import { Alert, Paper, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnalysisJob } from "../../api/types.ts";

/** A running job's real progress (polled), or why it failed; nothing once it is done. */
export function JobProgress({ job }: { job: AnalysisJob }) {
  const { t } = useTranslation();
  if (job.status === "failed")
    return (
      <Alert color="red" role="alert" title={t("analysis.job.failedTitle")}>
        {t("analysis.job.failed", { error: job.error ?? "—" })}
      </Alert>
    );
  if (job.status === "done") return null;
  const percent = Math.round(Math.max(0, Math.min(1, job.progress)) * 100);
  return (
    <Paper withBorder p="md" data-testid="job-progress">
      <Text size="sm" fw={600} mb={6}>
        {job.status === "queued" ? t("analysis.job.queued") : t("analysis.job.running", { percent })}
      </Text>
      <Progress value={percent} animated aria-label={t("analysis.job.progress")} />
      <Text size="xs" c="dimmed" mt={6}>
        {job.message ? `${job.message} — ` : ""}
        {t("analysis.job.keepWorking")}
      </Text>
    </Paper>
  );
}
