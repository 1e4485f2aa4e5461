import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** A titled block of the card. */
export function CardSection({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  const id = `section-${title.replace(/\W+/g, "-")}`;
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-labelledby={id}
      data-testid={testId}
    >
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Label / value lines (a description list). */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing={4} component="dl" m={0}>
      {rows.map(([label, value]) => (
        <Stack key={label} gap={0}>
          <Text size="xs" c="dimmed" component="dt">
            {label}
          </Text>
          <Text size="sm" component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
            {value === null || value === "" || value === undefined ? "—" : value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** The others at the same door, each a link to their card. */
export function Household({
  campaignId,
  people,
}: {
  campaignId: string;
  people: { kind: "contact" | "elector"; id: string; name: string }[];
}) {
  const { t } = useTranslation();
  if (people.length === 0) return <Text size="sm">{t("people.card.householdAlone")}</Text>;
  return (
    <List size="sm" spacing={4} data-testid="household">
      {people.map((p) => (
        <List.Item key={`${p.kind}:${p.id}`}>
          <Group gap="xs" wrap="nowrap">
            <Anchor
              component={Link}
              to={`/campagnes/${campaignId}/personnes/${p.kind === "elector" ? "electeur" : "contact"}/${p.id}`}
            >
              {p.name}
            </Anchor>
            <Badge variant="filled" size="xs" color={p.kind === "elector" ? "blue.9" : "teal.9"}>
              {t(`people.kind.${p.kind}`)}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** The tags of a person. */
export function Tags({ tags }: { tags: string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return <Text size="sm">{t("people.card.noTags")}</Text>;
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray.8" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
