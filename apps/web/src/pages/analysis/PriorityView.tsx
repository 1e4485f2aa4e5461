import { Button, Group, Paper, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TransferResult } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { bureauxCsvUrl, reportPdfUrl, useBureauxMap } from "./api.ts";
import { BureauxTable } from "./BureauxTable.tsx";
import { decimal } from "./numbers.ts";

/** What the back-test's rank correlation means for a reader. */
function backtestWords(rho: number | null): "strong" | "fair" | "weak" | "none" {
  if (rho === null) return "none";
  if (rho >= 0.6) return "strong";
  if (rho >= 0.3) return "fair";
  return "weak";
}

/** How persuasion was counted in this analysis: with the lists within reach, by their labels, or without. */
function persuasionWords(result: TransferResult, t: TFunction): string {
  const reach = result.reach?.to ?? [];
  const words = { from: result.from.label, to: result.to.label };
  if (reach.length === 0) return t("analysis.priority.persuasionNoReach", words);
  const label = (key: string) => result.labels.cols.find((c) => c.key === key)?.label ?? key;
  return t("analysis.priority.persuasion", { ...words, lists: reach.map(label).join(", ") });
}

/** The ranked bureaux of an analysis with the score's interval, the back-test beside it, CSV export. */
export function PriorityView(props: {
  campaignId: string;
  jobId: string;
  result: TransferResult;
  electionLabel: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const map = useBureauxMap(props.campaignId, props.jobId);
  const navigate = useNavigate();
  const bt = props.result.backtest;
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Paper withBorder p="sm" maw={640} data-testid="backtest">
          <Text fw={600} size="sm">
            {t("analysis.backtest.title")}
          </Text>
          {bt && bt.rho !== null ? (
            <Text size="sm">
              {t("analysis.backtest.text", {
                rho: decimal(bt.rho, 2, i18n.language),
                from: props.electionLabel(bt.from),
                to: props.electionLabel(bt.to),
                next: props.electionLabel(bt.next),
                bureaux: bt.bureaux,
              })}{" "}
              {t(`analysis.backtest.${backtestWords(bt.rho)}`)}
            </Text>
          ) : (
            <Text size="sm">{t(bt ? "analysis.backtest.none" : "analysis.backtest.missing")}</Text>
          )}
        </Paper>
        <Group gap="xs">
          <Button
            component="a"
            variant="default"
            href={bureauxCsvUrl(props.campaignId, props.jobId)}
            download
          >
            {t("analysis.map.exportCsv")}
          </Button>
          <Button
            component="a"
            variant="default"
            href={reportPdfUrl(props.campaignId, props.jobId)}
            download
            title={t("analysis.report.help")}
          >
            {t("analysis.report.download")}
          </Button>
          <Button
            component={Link}
            variant="light"
            to={`/campagnes/${props.campaignId}/carte?analyse=${props.jobId}`}
          >
            {t("analysis.priority.onMap")}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb={4}>
        {t("analysis.priority.help")}
      </Text>
      <Text size="sm" c="dimmed" mb="xs" data-testid="persuasion-explained">
        {persuasionWords(props.result, t)}
      </Text>
      {map.isPending && <PageLoader />}
      {map.isError && <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />}
      {map.data && (
        <BureauxTable
          rows={map.data.features.map((f) => f.properties)}
          onSelect={(code) =>
            navigate(
              `/campagnes/${props.campaignId}/carte?analyse=${props.jobId}&bureau=${encodeURIComponent(code)}`,
            )
          }
        />
      )}
    </>
  );
}
