import { Button, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { useTeamInvitations } from "../api/queries.ts";
import { useTeamAction } from "./useTeamAction.ts";

/** The campaign's invitations not yet accepted; an administrator may withdraw one. */
export function PendingInvitations({
  campaignId,
  canManage,
  onError,
}: {
  campaignId: string;
  canManage: boolean;
  onError(message: string | null): void;
}) {
  const { t } = useTranslation();
  const invitations = useTeamInvitations(campaignId, true);
  const { busy, run } = useTeamAction(onError);
  if (!invitations.data?.length) return null;

  const withdraw = (id: string) => {
    const url = `/api/campaigns/${encodeURIComponent(campaignId)}/invitations/${encodeURIComponent(id)}`;
    return run(id, () => api(url, { method: "DELETE" }), [["invitations", campaignId]]);
  };

  return (
    <>
      <Title order={2} size="h3" mb="xs">
        {t("team.pending")}
      </Title>
      <Text size="sm" mb="sm">
        {t("team.pendingIntro")}
      </Text>
      <Table.ScrollContainer minWidth={480} mb="xl">
        <Table striped withTableBorder data-testid="invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("team.email")}</Table.Th>
              <Table.Th scope="col">{t("team.role")}</Table.Th>
              {canManage && <Table.Th scope="col">{t("team.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.data.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.email}</Table.Td>
                <Table.Td>{t(`roles.${i.role}`)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      loading={busy === i.id}
                      aria-label={t("team.withdrawLabel", { email: i.email })}
                      onClick={() => void withdraw(i.id)}
                    >
                      {t("team.withdraw")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
