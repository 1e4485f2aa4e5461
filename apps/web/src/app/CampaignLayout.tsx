import { Button, Container } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useOutletContext, useParams } from "react-router";
import { useMe } from "../api/queries.ts";
import type { CampaignSummary } from "../api/types.ts";
import { EmptyBlock } from "../components/EmptyBlock.tsx";
import { rememberCampaign } from "./lastCampaign.ts";

/** Pages of one campaign: the campaign comes from the URL and must be one of the user's. */
export function CampaignLayout() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const campaign = useMe().data?.campaigns.find((c) => c.id === campaignId);
  useEffect(() => {
    if (campaign) rememberCampaign(campaign.id);
  }, [campaign]);
  if (!campaign)
    return (
      <Container size="sm" py="xl">
        <EmptyBlock order={1} title={t("campaign.notFound")} description={t("campaign.notFoundText")}>
          <Button component={Link} to="/">
            {t("notFound.home")}
          </Button>
        </EmptyBlock>
      </Container>
    );
  return <Outlet context={campaign} />;
}

/** The current campaign, for pages under /campagnes/:campaignId. */
export function useCampaign(): CampaignSummary {
  return useOutletContext<CampaignSummary>();
}
