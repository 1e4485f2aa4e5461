import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ElectorCard } from "../../api/types.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { formatDate } from "../../format.ts";
import { PageHeader } from "../PageHeader.tsx";
import { CardSection, Facts, Household, Tags } from "./CardParts.tsx";
import { formatDateTime } from "./dates.ts";

/**
 * An elector's card: what the list says (names, sex, birth year, bureau, order number, lists),
 * the address as building → entrance → floor → door, the household at that door, the
 * contacts confirmed to be this person, and the list it came from (its L.37 request).
 */
export function ElectorCardView({ card }: { card: ElectorCard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const campaign = useCampaign();
  const e = card.elector;
  const name = `${e.firstNames} ${e.usedName ?? e.birthName}`;
  const street = [e.streetNumber, e.streetLabel].filter(Boolean).join(" ") || e.lieuDit;
  return (
    <>
      <PageHeader
        title={name}
        subtitle={campaign.name}
        actions={
          <Group gap="xs">
            <Badge color="blue.9" variant="filled">
              {t("people.kind.elector")}
            </Badge>
          </Group>
        }
      />
      {!e.municipalVoter && (
        <Alert color="yellow" mb="md">
          {t("people.card.europeanOnly")}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CardSection title={t("people.card.identity")} testId="card-identity">
          <Facts
            rows={[
              [t("people.field.firstNames"), e.firstNames],
              [t("people.field.birthName"), e.birthName],
              [t("people.field.usedName"), e.usedName],
              [t("people.field.sex"), e.sex ? t(`people.sex.${e.sex}`) : null],
              [t("people.field.birthYear"), e.birthYear],
              [t("people.card.bureau"), e.bureauCode],
              [t("people.field.orderNumber"), e.orderNumber],
              [
                t("people.field.lists"),
                e.lists.map((l) => t(`people.lists.${l}`, { defaultValue: l })).join(", "),
              ],
            ]}
          />
        </CardSection>
        <CardSection title={t("people.card.address")} testId="card-address">
          <Stack gap="xs">
            <Facts
              rows={[
                card.door
                  ? [t("people.card.building"), card.door.building]
                  : [t("people.card.street"), street],
                [t("people.card.entrance"), card.door?.entrance || null],
                [t("people.card.floor"), card.door?.floor ?? null],
                [t("people.card.door"), card.door?.door || null],
                [t("people.card.complements"), [e.complement1, e.complement2].filter(Boolean).join(", ")],
                [t("people.card.city"), [e.postalCode, e.city].filter(Boolean).join(" ")],
                [t("people.card.iris"), e.irisCode],
              ]}
            />
            <Text size="sm" fw={600}>
              {t("people.card.household")}
            </Text>
            <Household campaignId={campaign.id} people={card.household} />
          </Stack>
        </CardSection>
        <CardSection title={t("people.card.contacts")}>
          {card.contacts.length === 0 ? (
            <Text size="sm">{t("people.card.noContact")}</Text>
          ) : (
            <List size="sm">
              {card.contacts.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/campagnes/${campaign.id}/personnes/contact/${c.id}`}>
                    {c.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </CardSection>
        <CardSection title={t("people.card.tags")}>
          <Tags tags={card.tags} />
        </CardSection>
      </SimpleGrid>
      <Stack mt="md">
        <CardSection title={t("people.card.history")} testId="card-history">
          <Text size="sm">
            {t("people.card.fromList", {
              file: card.source.fileName,
              when: formatDateTime(card.source.importedAt, lang),
              authority: t(`people.request.authority.${card.source.authority}`, {
                defaultValue: card.source.authority,
              }),
              date: formatDate(card.source.requestedOn, lang),
            })}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t("people.card.listPurge")}
          </Text>
        </CardSection>
      </Stack>
    </>
  );
}
