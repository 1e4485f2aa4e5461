import { Alert, Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../api/queries.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { EmptyBlock } from "../../components/EmptyBlock.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageHeader } from "../PageHeader.tsx";
import { peopleAccess } from "./access.ts";
import { useDuplicates } from "./api.ts";
import { MergePair } from "./MergePair.tsx";
import { PeoplePage } from "./PeoplePage.tsx";

/**
 * /campagnes/:id/personnes/doublons: contacts that may be one person (same folded name,
 * e-mail, phone or address), two by two, side by side; the user keeps one and merges the
 * other into it, keeping every source and every consent.
 */
export function MergePage() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  const superadmin = useMe().data?.user.platformRole === "superadmin";
  const allowed = peopleAccess(campaign, superadmin) === "list";
  const pairs = useDuplicates(campaign.id, allowed);
  if (!allowed) return <PeoplePage />;
  return (
    <>
      <Anchor
        component={Link}
        to={`/campagnes/${campaign.id}/personnes`}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        {t("people.card.back")}
      </Anchor>
      <PageHeader title={t("people.merge.title")} subtitle={campaign.name} />
      <Alert color="blue" variant="light" mb="md">
        {t("people.merge.intro")}
      </Alert>
      {pairs.isPending && <PageLoader />}
      {pairs.isError && <ErrorAlert error={pairs.error} onRetry={() => void pairs.refetch()} />}
      {pairs.data && pairs.data.length === 0 && (
        <EmptyBlock title={t("people.merge.emptyTitle")} description={t("people.merge.emptyText")} />
      )}
      {pairs.data && pairs.data.length > 0 && (
        <Stack gap="lg">
          <Text fw={600} aria-live="polite">
            {t("people.merge.count", { count: pairs.data.length })}
          </Text>
          {pairs.data.map((pair) => (
            <MergePair key={`${pair.a.id}-${pair.b.id}`} campaignId={campaign.id} pair={pair} />
          ))}
        </Stack>
      )}
    </>
  );
}
