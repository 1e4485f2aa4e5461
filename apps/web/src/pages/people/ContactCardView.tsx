import { Alert, Badge, Group, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMembers } from "../../api/queries.ts";
import type { ContactCard } from "../../api/types.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { ScrollTable } from "../../components/ScrollTable.tsx";
import { PageHeader } from "../PageHeader.tsx";
import { CardSection, Facts, Household, Tags } from "./CardParts.tsx";
import { ConsentSection } from "./ConsentSection.tsx";
import { formatDateTime } from "./dates.ts";
import { ElectorLink } from "./ElectorLink.tsx";

const fullName = (c: ContactCard["contact"]) => [c.firstName, c.lastName].filter(Boolean).join(" ") || "—";

/**
 * A contact's card: identity and how to reach them, address and household, the elector
 * they are (confirmed by a human), consents with their proofs, tags, notes, and where every
 * field came from, merges included.
 */
export function ContactCardView({ card }: { card: ContactCard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const campaign = useCampaign();
  const members = useMembers(campaign.id, true);
  // Who recorded a value: a member's name (ids are not for people), else "a former member".
  const who = (id: string | null) => {
    if (id === null) return "—";
    if (!members.data) return "…";
    return members.data.find((m) => m.userId === id)?.name ?? t("people.history.member");
  };
  const c = card.contact;
  const address = [
    [c.streetNumber, c.streetLabel].filter(Boolean).join(" "),
    c.complement,
    [c.postalCode, c.city].filter(Boolean).join(" "),
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title={fullName(c)}
        subtitle={campaign.name}
        actions={
          <Group gap="xs">
            <Badge color="teal.9" variant="filled">
              {t("people.kind.contact")}
            </Badge>
            {c.doNotContact && <Badge color="red.9">{t("people.card.doNotContact")}</Badge>}
          </Group>
        }
      />
      {c.mergedInto && (
        <Alert color="yellow" mb="md">
          {t("people.card.mergedInto")}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CardSection title={t("people.card.identity")} testId="card-identity">
          <Facts
            rows={[
              [t("people.field.firstName"), c.firstName],
              [t("people.field.lastName"), c.lastName],
              [t("people.field.sex"), c.sex ? t(`people.sex.${c.sex}`) : null],
              [t("people.field.birthYear"), c.birthYear],
              [t("people.field.email"), c.email],
              [t("people.field.phone"), c.phone],
              [t("people.field.mobile"), c.mobile],
              [t("people.field.externalId"), c.externalId],
            ]}
          />
        </CardSection>
        <CardSection title={t("people.card.address")}>
          <Stack gap="xs">
            <Facts
              rows={[
                [t("people.card.addressLine"), address.join(", ")],
                [t("people.card.bureau"), c.bureauCode],
                [t("people.card.iris"), c.irisCode],
              ]}
            />
            <Text size="sm" fw={600}>
              {t("people.card.household")}
            </Text>
            <Household campaignId={campaign.id} people={card.household} />
          </Stack>
        </CardSection>
        <CardSection title={t("people.card.elector")} testId="card-elector">
          <ElectorLink campaignId={campaign.id} contactId={c.id} elector={card.elector} />
        </CardSection>
        <CardSection title={t("people.card.tagsNotes")}>
          <Stack gap="xs">
            <Tags tags={card.tags} />
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {c.notes || t("people.card.noNotes")}
            </Text>
          </Stack>
        </CardSection>
      </SimpleGrid>
      <Stack gap="md" mt="md">
        <ConsentSection campaignId={campaign.id} contactId={c.id} consents={card.consents} />
        <CardSection title={t("people.card.history")} testId="card-history">
          <ScrollTable minWidth={520} label={t("people.card.history")}>
            <Table striped fz="sm" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("people.history.field")}</Table.Th>
                  <Table.Th scope="col">{t("people.history.value")}</Table.Th>
                  <Table.Th scope="col">{t("people.history.source")}</Table.Th>
                  <Table.Th scope="col">{t("people.history.when")}</Table.Th>
                  <Table.Th scope="col">{t("people.history.by")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {card.history.map((h) => (
                  <Table.Tr key={`${h.field}-${h.recordedAt}-${h.source}-${h.value}`}>
                    <Table.Td>{t(`people.field.${h.field}`, { defaultValue: h.field })}</Table.Td>
                    <Table.Td style={{ overflowWrap: "anywhere" }}>{h.value ?? "—"}</Table.Td>
                    <Table.Td>{t(`people.source.${h.source}`)}</Table.Td>
                    <Table.Td>{formatDateTime(h.recordedAt, lang)}</Table.Td>
                    <Table.Td>{who(h.recordedBy)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {card.merges.length > 0 && (
            <Stack gap={2} mt="sm" data-testid="card-merges">
              {card.merges.map((m) => (
                <Text key={m.id} size="sm">
                  {t(m.keptId === c.id ? "people.history.mergedHere" : "people.history.mergedAway", {
                    when: formatDateTime(m.mergedAt, lang),
                    by: who(m.mergedBy),
                  })}
                </Text>
              ))}
            </Stack>
          )}
        </CardSection>
      </Stack>
    </>
  );
}
