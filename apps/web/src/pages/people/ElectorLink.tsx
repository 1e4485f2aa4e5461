import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ContactCard } from "../../api/types.ts";
import { useElectorMatches, useLinkElector } from "./api.ts";

const electorName = (e: { firstNames: string; usedName: string | null; birthName: string }) =>
  `${e.firstNames} ${e.usedName ?? e.birthName}`;

/**
 * The elector this contact is: the one a human confirmed, with a way to undo; otherwise the
 * electors Terrain suggests (name, birth year, address), each confirmed by a click, never
 * linked on its own.
 */
export function ElectorLink({
  campaignId,
  contactId,
  elector,
}: {
  campaignId: string;
  contactId: string;
  elector: ContactCard["elector"];
}) {
  const { t } = useTranslation();
  const matches = useElectorMatches(campaignId, contactId, elector === null);
  const link = useLinkElector(campaignId, contactId);
  if (elector)
    return (
      <Stack gap="xs">
        <Text size="sm">
          {t("people.link.linked")}{" "}
          <Anchor component={Link} to={`/campagnes/${campaignId}/personnes/electeur/${elector.id}`}>
            {electorName(elector)}
          </Anchor>
          {elector.bureauCode ? ` · ${t("people.bureau", { code: elector.bureauCode })}` : ""}
        </Text>
        <Group>
          <Button
            variant="subtle"
            color="red.9"
            size="xs"
            loading={link.isPending}
            onClick={() => link.mutate(null)}
          >
            {t("people.link.unlink")}
          </Button>
        </Group>
      </Stack>
    );
  const list = matches.data ?? [];
  return (
    <Stack gap="xs">
      <Text size="sm">{list.length > 0 ? t("people.link.suggested") : t("people.link.none")}</Text>
      {list.map((m) => (
        <Paper key={m.electorId} withBorder p="xs" data-testid="elector-match">
          <Group justify="space-between" gap="xs">
            <Stack gap={2} miw={0}>
              <Anchor
                component={Link}
                to={`/campagnes/${campaignId}/personnes/electeur/${m.electorId}`}
                fw={600}
                size="sm"
              >
                {electorName(m)}
              </Anchor>
              <Text size="xs">
                {[
                  m.birthYear ? t("people.born", { year: m.birthYear }) : null,
                  m.address,
                  m.bureauCode ? t("people.bureau", { code: m.bureauCode }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              <Group gap={4}>
                {m.reasons.map((r) => (
                  <Badge key={r} size="xs" variant="outline" color="gray.8">
                    {t(`people.link.reason.${r}`)}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Button size="xs" loading={link.isPending} onClick={() => link.mutate(m.electorId)}>
              {t("people.link.confirm")}
            </Button>
          </Group>
        </Paper>
      ))}
      {link.isError && (
        <Alert color="red" role="alert">
          {link.error.message}
        </Alert>
      )}
    </Stack>
  );
}
