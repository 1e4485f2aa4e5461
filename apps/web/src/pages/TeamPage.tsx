import { Alert, Paper, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client.ts";
import { useMe, useMembers } from "../api/queries.ts";
import { useCampaign } from "../app/CampaignLayout.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { AddMemberForm } from "./AddMemberForm.tsx";
import { MembersTable } from "./MembersTable.tsx";
import { PageHeader } from "./PageHeader.tsx";
import { PendingInvitations } from "./PendingInvitations.tsx";

/**
 * /campagnes/:id/equipe: the members and their roles, and the pending invitations;
 * administrators invite members, change their roles and remove them.
 * A volunteer or an analyst gets "Accès refusé" (the API answers 403 to them as well).
 */
export function TeamPage() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  const superadmin = useMe().data?.user.platformRole === "superadmin";
  const role = superadmin ? "admin" : campaign.role;
  const mayRead = role === "admin" || role === "coordinator";
  const members = useMembers(campaign.id, mayRead);
  const [actionError, setActionError] = useState<string | null>(null);
  const denied = !mayRead || (isApiError(members.error) && members.error.status === 403);

  if (denied)
    return (
      <>
        <PageHeader title={t("team.title")} subtitle={campaign.name} />
        <Alert
          color="red"
          variant="outline"
          role="alert"
          title={
            <Title order={2} size="h4">
              {t("team.denied")}
            </Title>
          }
        >
          {t("team.deniedText")}
        </Alert>
      </>
    );
  return (
    <>
      <PageHeader title={t("team.title")} subtitle={campaign.name} />
      <Title order={2} size="h3" mb="sm">
        {t("team.members")}
      </Title>
      {members.isPending && <PageLoader />}
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && members.data.length === 0 && <Text mb="md">{t("team.noMembers")}</Text>}
      {members.data && members.data.length > 0 && (
        <MembersTable
          campaignId={campaign.id}
          members={members.data}
          canManage={role === "admin"}
          onError={setActionError}
        />
      )}
      {actionError && (
        <Alert color="red" role="alert" mb="md">
          {actionError}
        </Alert>
      )}
      <PendingInvitations campaignId={campaign.id} canManage={role === "admin"} onError={setActionError} />
      {role === "admin" ? (
        <Paper withBorder p={{ base: "md", sm: "lg" }} maw={560}>
          <AddMemberForm campaignId={campaign.id} />
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {t("team.readOnly")}
        </Text>
      )}
    </>
  );
}
