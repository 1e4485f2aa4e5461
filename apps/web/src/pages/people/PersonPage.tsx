import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../../api/queries.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageHeader } from "../PageHeader.tsx";
import { peopleAccess } from "./access.ts";
import { useContactCard, useElectorCard } from "./api.ts";
import { ContactCardView } from "./ContactCardView.tsx";
import { ElectorCardView } from "./ElectorCardView.tsx";
import { PeoplePage } from "./PeoplePage.tsx";

/** /campagnes/:id/personnes/(electeur|contact)/:personId: one person's card. */
export function PersonPage() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  const { kind, personId = "" } = useParams();
  const superadmin = useMe().data?.user.platformRole === "superadmin";
  const allowed = peopleAccess(campaign, superadmin) === "list";
  const contact = useContactCard(campaign.id, personId, allowed && kind === "contact");
  const elector = useElectorCard(campaign.id, personId, allowed && kind === "electeur");
  // Analysts and volunteers get the list page's own answer (counts, or the refusal).
  if (!allowed) return <PeoplePage />;
  const query = kind === "contact" ? contact : elector;
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
      {query.isPending && (
        <>
          <PageHeader title={t("people.card.loading")} subtitle={campaign.name} />
          <PageLoader />
        </>
      )}
      {query.isError && (
        <>
          <PageHeader title={t("people.card.title")} subtitle={campaign.name} />
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {contact.data && kind === "contact" && <ContactCardView card={contact.data} />}
      {elector.data && kind === "electeur" && <ElectorCardView card={elector.data} />}
    </>
  );
}
