import { Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, isApiError } from "../../api/client.ts";
import type { AnalysisJob, ElectionItem, GroupResult } from "../../api/types.ts";
import { Heatmap } from "../../components/charts/Heatmap.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useAnalysisJob, useRequestAnalysis } from "./api.ts";
import { BiasAlert } from "./BiasAlert.tsx";
import { JobProgress } from "./JobProgress.tsx";
import { int, pct0, pctRange } from "./numbers.ts";
import { optionName } from "./transferWords.ts";
import { WarningList } from "./WarningList.tsx";

const DIMENSIONS = ["age", "csp", "diplome", "logement"] as const;

/** The latest group × vote job for an election and a dimension, or null when none was asked. */
function useLatestGroupJob(campaignId: string, election: string | null, dimension: string) {
  return useQuery({
    queryKey: ["group-votes", campaignId, election, dimension],
    enabled: election !== null,
    queryFn: async (): Promise<AnalysisJob | null> => {
      const q = new URLSearchParams({ election: election ?? "", dimension });
      try {
        return await api<AnalysisJob>(`/api/campaigns/${encodeURIComponent(campaignId)}/group-votes?${q}`);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/**
 * How each census group voted (ecological inference from the IRIS figures carried to the
 * bureaux, MD with credible intervals). Groups below the minimum size never reach the screen:
 * the API leaves them out and says how many.
 */
export function GroupVotes(props: {
  campaignId: string;
  canRun: boolean;
  elections: readonly ElectionItem[];
  initialElection?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [election, setElection] = useState<string | null>(
    props.initialElection ?? props.elections.at(-1)?.id ?? null,
  );
  const [dimension, setDimension] = useState<string>("age");
  const latest = useLatestGroupJob(props.campaignId, election, dimension);
  const [asked, setAsked] = useState<string | null>(null);
  const request = useRequestAnalysis(props.campaignId);
  const jobId = asked ?? latest.data?.id ?? null;
  const job = useAnalysisJob(props.campaignId, jobId);
  const current = job.data ?? latest.data ?? null;
  const result = current?.result?.kind === "groups" ? (current.result as GroupResult) : null;
  const launch = () => {
    if (!election) return;
    request.mutate(
      { kind: "groups", election, dimension, method: "md" },
      { onSuccess: (j) => setAsked(j.id) },
    );
  };
  const cells = result
    ? result.votes.estimate.map((row, i) =>
        row.map((value, j) => ({
          value,
          lower: result.votes.lower[i]?.[j] ?? null,
          upper: result.votes.upper[i]?.[j] ?? null,
        })),
      )
    : [];
  return (
    <Stack gap="sm">
      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm">
          <Select
            label={t("analysis.groups.election")}
            data={props.elections.map((e) => ({ value: e.id, label: e.label }))}
            value={election}
            onChange={(v) => {
              setElection(v);
              setAsked(null);
            }}
            allowDeselect={false}
            w={{ base: "100%", sm: 300 }}
          />
          <Select
            label={t("analysis.groups.dimension")}
            data={DIMENSIONS.map((d) => ({ value: d, label: t(`analysis.groups.dim.${d}`) }))}
            value={dimension}
            onChange={(v) => {
              if (v) setDimension(v);
              setAsked(null);
            }}
            allowDeselect={false}
            w={{ base: "100%", sm: 260 }}
          />
          {props.canRun && (
            <Button onClick={launch} loading={request.isPending}>
              {t("analysis.groups.submit")}
            </Button>
          )}
        </Group>
      </Paper>
      {request.isError && <ErrorAlert error={request.error} />}
      {latest.isError && <ErrorAlert error={latest.error} onRetry={() => void latest.refetch()} />}
      {current && <JobProgress job={current} />}
      {!current && latest.isSuccess && (
        <Text size="sm" c="dimmed">
          {t("analysis.groups.empty")}
        </Text>
      )}
      {result && (
        <>
          <Heatmap
            testId="group-votes"
            caption={t("analysis.groups.caption", {
              dimension: result.dimensionLabel,
              election: result.election.label,
            })}
            corner={result.dimensionLabel}
            rows={result.groups.map((g) => `${g.label} (${int(g.size, lang)})`)}
            cols={result.labels.cols.map((o) => optionName(o, t))}
            cells={cells}
            format={(c) => ({ main: pct0(c.value, lang), range: pctRange(c.lower, c.upper, lang) })}
            describe={(i, j) =>
              t("analysis.groups.sentence", {
                share: pct0(cells[i][j].value, lang),
                range: pctRange(cells[i][j].lower, cells[i][j].upper, lang)
                  ? ` [${pctRange(cells[i][j].lower, cells[i][j].upper, lang)}]`
                  : "",
                group: result.groups[i].label,
                option: optionName(result.labels.cols[j], t),
                election: result.election.label,
              })
            }
          />
          <BiasAlert coded={result.warningCodes} />
          {result.hiddenGroups > 0 && (
            <Text size="sm" c="dimmed">
              {t("analysis.groups.hidden", { count: result.hiddenGroups })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t("analysis.groups.howToRead")}
          </Text>
          <WarningList
            warnings={result.warnings}
            coded={result.warningCodes}
            title={t("analysis.transfer.warnings")}
          />
        </>
      )}
    </Stack>
  );
}
