import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../api/client.ts";
import { useMyInvitations } from "../api/queries.ts";
import type { MyInvitation } from "../api/types.ts";
import { useTeamAction } from "../pages/useTeamAction.ts";

/**
 * The invitations waiting for the signed-in account, above every page: joining a campaign
 * takes the invitee's own "Accepter" (nobody is made a member without consenting).
 */
export function InvitationsBanner() {
  const { t } = useTranslation();
  const invitations = useMyInvitations(true);
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useTeamAction(setError, "invitations.failed");
  if (!invitations.data?.length) return null;

  const answer = async (invitation: MyInvitation, accept: boolean) => {
    const url = `/api/invitations/${encodeURIComponent(invitation.id)}/${accept ? "accept" : "decline"}`;
    const done = await run(invitation.id, () => api(url, { method: "POST" }), [["my-invitations"], ["me"]]);
    if (done && accept) navigate(`/campagnes/${encodeURIComponent(invitation.campaignId)}`);
  };

  return (
    <Stack gap="xs" mb="md" component="section" aria-label={t("invitations.region")}>
      {invitations.data.map((invitation) => {
        const campaign = invitation.campaignName;
        return (
          <Alert key={invitation.id} color="blue" variant="light" title={t("invitations.title")}>
            <Text size="sm">{t("invitations.text", { campaign, role: t(`roles.${invitation.role}`) })}</Text>
            <Group mt="sm" gap="sm">
              <Button
                size="sm"
                loading={busy === invitation.id}
                aria-label={t("invitations.acceptLabel", { campaign })}
                onClick={() => void answer(invitation, true)}
              >
                {t("invitations.accept")}
              </Button>
              <Button
                size="sm"
                variant="default"
                disabled={busy === invitation.id}
                aria-label={t("invitations.declineLabel", { campaign })}
                onClick={() => void answer(invitation, false)}
              >
                {t("invitations.decline")}
              </Button>
            </Group>
          </Alert>
        );
      })}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
