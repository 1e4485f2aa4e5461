import { Alert, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatInteger } from "../../format.ts";
import { PageHeader } from "../PageHeader.tsx";
import { useSegmentCount } from "./api.ts";
import { filterFromParams, filterToParams } from "./filters.ts";
import { PeopleFilters } from "./PeopleFilters.tsx";

/**
 * What an analyst sees of the people: how many persons the lawful criteria count (electors,
 * plus contacts not linked to one), never a name.
 */
export function PeopleCounts() {
  const { t, i18n } = useTranslation();
  const campaign = useCampaign();
  const [params, setParams] = useSearchParams();
  const filter = { ...filterFromParams(params), q: "" };
  const count = useSegmentCount(campaign.id, filter);
  return (
    <>
      <PageHeader title={t("people.title")} subtitle={campaign.name} />
      <Stack gap="md">
        <Alert color="blue" variant="light">
          {t("people.aggregates.intro")}
        </Alert>
        <PeopleFilters
          campaignId={campaign.id}
          filter={filter}
          onChange={(next) => setParams(filterToParams({ ...next, q: "" }), { replace: true })}
        />
        {count.isError && <ErrorAlert error={count.error} onRetry={() => void count.refetch()} />}
        <Paper withBorder p="md" maw={420}>
          <Text size="sm" c="dimmed">
            {t("people.aggregates.label")}
          </Text>
          <Text fz={32} fw={700} aria-live="polite" data-testid="segment-count">
            {count.data
              ? count.data.count === null
                ? t("people.aggregates.few")
                : formatInteger(count.data.count, i18n.language)
              : "…"}
          </Text>
          {count.data?.belowThreshold && (
            <Text size="xs" c="dimmed">
              {t("people.aggregates.fewHint")}
            </Text>
          )}
        </Paper>
      </Stack>
    </>
  );
}
