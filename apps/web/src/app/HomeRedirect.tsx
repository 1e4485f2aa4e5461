import { Container } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { useMe } from "../api/queries.ts";
import { EmptyBlock } from "../components/EmptyBlock.tsx";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";
import { readLastCampaign } from "./lastCampaign.ts";

/** "/": opens the last campaign used, else the first; a platform administrator without any creates one. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe().data;
  const stranded = me && me.campaigns.length === 0 && me.user.platformRole !== "superadmin";
  useDocumentTitle(stranded ? t("campaign.noneTitle") : "");
  if (!me) return null;
  const last = readLastCampaign();
  const target = me.campaigns.find((c) => c.id === last) ?? me.campaigns[0];
  if (target) return <Navigate to={`/campagnes/${target.id}`} replace />;
  if (me.user.platformRole === "superadmin") return <Navigate to="/campagnes/nouvelle" replace />;
  return (
    <Container size="sm" py="xl">
      <EmptyBlock order={1} title={t("campaign.noneTitle")} description={t("campaign.noneText")} />
    </Container>
  );
}
