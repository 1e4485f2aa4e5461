import { Alert, Button, Stack, Tabs } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../../api/queries.ts";
import type { Method, TransferRequest, TransferResult } from "../../api/types.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { EmptyBlock } from "../../components/EmptyBlock.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageHeader } from "../PageHeader.tsx";
import { AnalysisForm } from "./AnalysisForm.tsx";
import { AnalysisSummary } from "./AnalysisSummary.tsx";
import { useAnalysisJob, useBureauxMap, useElections, useRequestAnalysis } from "./api.ts";
import { GroupVotes } from "./GroupVotes.tsx";
import { JobProgress } from "./JobProgress.tsx";
import { MessageMatrixView } from "./MessageMatrixView.tsx";
import { PriorityView } from "./PriorityView.tsx";
import { TransferView } from "./TransferView.tsx";

const TABS = ["reports", "bureaux", "groupes", "messages"] as const;

/**
 * Analyses: ask for a transfer analysis (reference → coming election, our side, method) and
 * read its result — transfer matrix, ranked bureaux with the back-test, group × vote, message
 * matrix. The job runs on the server; its id stays in the URL (?analyse=) so a reload or a
 * shared link finds the same result; without one, the latest finished analysis is shown.
 */
export function AnalysesPage() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  const me = useMe().data;
  const canRun =
    me?.user.platformRole === "superadmin" || campaign.role === "admin" || campaign.role === "coordinator";
  const [params, setParams] = useSearchParams();
  const elections = useElections(campaign.id);
  const latest = useBureauxMap(campaign.id, null);
  const jobId = params.get("analyse") ?? latest.data?.analysisId ?? null;
  const job = useAnalysisJob(campaign.id, jobId);
  const request = useRequestAnalysis(campaign.id);
  const [editing, setEditing] = useState(false);
  const tab = TABS.find((x) => x === params.get("onglet")) ?? "reports";
  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        p.set(key, value);
        return p;
      },
      { replace: key === "onglet" },
    );
  const result = job.data?.result?.kind === "transfer" ? (job.data.result as TransferResult) : null;
  const inputs = job.data?.inputs as
    | Partial<Pick<TransferRequest, "from" | "to" | "side" | "reach">>
    | undefined;
  const label = (id: string) => elections.data?.find((e) => e.id === id)?.label ?? id;
  const running = job.data?.status === "queued" || job.data?.status === "running";
  const noResult = running ? (
    <EmptyBlock title={t("analysis.page.runningTitle")} description={t("analysis.page.running")} />
  ) : (
    <EmptyBlock title={t("analysis.page.noResultTitle")} description={t("analysis.page.noResult")} />
  );

  return (
    <>
      <PageHeader title={t("analysis.page.title")} subtitle={campaign.name} />
      {(elections.isPending || latest.isPending) && <PageLoader />}
      {elections.isError && <ErrorAlert error={elections.error} onRetry={() => void elections.refetch()} />}
      {elections.data && elections.data.length < 2 && (
        <EmptyBlock
          title={t("analysis.page.needElectionsTitle")}
          description={t("analysis.page.needElections")}
        >
          <Button component={Link} to={`/campagnes/${campaign.id}/donnees`}>
            {t("analysis.map.goData")}
          </Button>
        </EmptyBlock>
      )}
      {elections.data && elections.data.length >= 2 && !latest.isPending && (
        <Stack gap="md">
          {jobId && job.isPending ? null : job.data && !editing ? (
            <AnalysisSummary job={job.data} label={label} canRun={canRun} onEdit={() => setEditing(true)} />
          ) : canRun ? (
            <AnalysisForm
              key={job.data?.id ?? "new"}
              elections={elections.data}
              pending={request.isPending}
              initial={
                inputs?.from && inputs.to
                  ? {
                      from: inputs.from,
                      to: inputs.to,
                      method: job.data?.method as Method,
                      side: [
                        ...(inputs.side?.nuances ?? []).map((n) => `n:${n}`),
                        ...(inputs.side?.candidates ?? []).map((c) => `c:${c}`),
                      ],
                      reach: [
                        ...(inputs.reach?.nuances ?? []).map((n) => `n:${n}`),
                        ...(inputs.reach?.candidates ?? []).map((c) => `c:${c}`),
                      ],
                    }
                  : undefined
              }
              onSubmit={(body) =>
                request.mutate(body, {
                  onSuccess: (j) => {
                    setEditing(false);
                    setParam("analyse", j.id);
                  },
                })
              }
            />
          ) : (
            <Alert color="blue">{t("analysis.page.readOnly")}</Alert>
          )}
          {request.isError && <ErrorAlert error={request.error} />}
          {job.isError && <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />}
          {job.data && <JobProgress job={job.data} />}
          <Tabs value={tab} onChange={(v) => v && setParam("onglet", v)} keepMounted={false}>
            <Tabs.List>
              {TABS.map((x) => (
                <Tabs.Tab key={x} value={x}>
                  {t(`analysis.tabs.${x}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="reports" pt="md">
              {result && job.data ? <TransferView result={result} method={job.data.method} /> : noResult}
            </Tabs.Panel>
            <Tabs.Panel value="bureaux" pt="md">
              {result && jobId ? (
                <PriorityView campaignId={campaign.id} jobId={jobId} result={result} electionLabel={label} />
              ) : (
                noResult
              )}
            </Tabs.Panel>
            <Tabs.Panel value="groupes" pt="md">
              <GroupVotes
                key={result?.to.id ?? "none"}
                canRun={canRun}
                campaignId={campaign.id}
                elections={elections.data}
                initialElection={result?.to.id}
              />
            </Tabs.Panel>
            <Tabs.Panel value="messages" pt="md">
              <MessageMatrixView campaignId={campaign.id} canEdit={canRun} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </>
  );
}
