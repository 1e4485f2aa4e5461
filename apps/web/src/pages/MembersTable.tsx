import { Button, Group, NativeSelect, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import type { Member, Role } from "../api/types.ts";
import { useTeamAction } from "./useTeamAction.ts";

export const roles: Role[] = ["volunteer", "coordinator", "analyst", "admin"];

interface Props {
  campaignId: string;
  members: Member[];
  /** Administrators change roles and remove members; others only read. */
  canManage: boolean;
  onError(message: string | null): void;
}

/** The campaign's members and their roles; for an administrator, a role picker and "Retirer" per row. */
export function MembersTable({ campaignId, members, canManage, onError }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={canManage ? 640 : 480} mb="xl">
      <Table striped withTableBorder data-testid="members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("team.name")}</Table.Th>
            <Table.Th scope="col">{t("team.email")}</Table.Th>
            <Table.Th scope="col">{t("team.role")}</Table.Th>
            {canManage && <Table.Th scope="col">{t("team.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) =>
            canManage ? (
              <ManagedRow key={m.userId} campaignId={campaignId} member={m} onError={onError} />
            ) : (
              <Table.Tr key={m.userId}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td>{t(`roles.${m.role}`)}</Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ManagedRow({
  campaignId,
  member,
  onError,
}: {
  campaignId: string;
  member: Member;
  onError(message: string | null): void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const action = useTeamAction(onError);
  const busy = action.busy !== null;
  const url = `/api/campaigns/${encodeURIComponent(campaignId)}/members/${encodeURIComponent(member.userId)}`;
  const run = async (request: () => Promise<unknown>) => {
    await action.run(member.userId, request, [["members", campaignId], ["me"]]);
    setConfirming(false);
  };

  return (
    <Table.Tr>
      <Table.Td>{member.name}</Table.Td>
      <Table.Td>{member.email}</Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t("team.roleOf", { name: member.name })}
          value={member.role}
          disabled={busy}
          onChange={(e) => {
            const role = e.currentTarget.value as Role;
            void run(() => api(url, { method: "PATCH", body: { role } }));
          }}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </NativeSelect>
      </Table.Td>
      <Table.Td>
        {confirming ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              color="red"
              loading={busy}
              aria-label={t("team.confirmRemoveLabel", { name: member.name })}
              onClick={() => void run(() => api(url, { method: "DELETE" }))}
            >
              {t("team.confirmRemove")}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t("team.cancel")}
            </Button>
          </Group>
        ) : (
          <Button
            size="xs"
            variant="default"
            color="red"
            aria-label={t("team.removeLabel", { name: member.name })}
            onClick={() => setConfirming(true)}
          >
            {t("team.remove")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
