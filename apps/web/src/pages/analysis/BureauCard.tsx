import { Alert, List, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Interval } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useBureauDetail } from "./api.ts";
import { decimal, int, pct1 } from "./numbers.ts";

function Figure(props: { label: string; value: string; detail?: string | null }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="lg">
        {props.value}
      </Text>
      {props.detail && (
        <Text size="xs" c="dimmed">
          {props.detail}
        </Text>
      )}
    </Paper>
  );
}

/**
 * A bureau's card: its priority with the interval, the message to lead with, its results
 * across elections and its population (census groups carried from IRIS, small groups hidden).
 */
export function BureauCard(props: { campaignId: string; code: string; analysisId: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const detail = useBureauDetail(props.campaignId, props.code, props.analysisId);
  if (detail.isPending) return <Loader aria-label={t("app.loading")} />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const voters = (i: Interval) =>
    i.lower !== null && i.upper !== null
      ? t("analysis.between", { lower: int(i.lower, lang), upper: int(i.upper, lang) })
      : null;
  const p = d.priority;
  return (
    <Stack gap="md" data-testid="bureau-card">
      <Title order={2} size="h3">
        {d.name ? t("analysis.card.title", { code: d.code, name: d.name }) : d.code}
      </Title>
      {p ? (
        <>
          <Text size="sm">{t("analysis.card.rank", { rank: p.rank })}</Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
            <Figure
              label={t("analysis.indicator.priority.long")}
              value={decimal(p.gainPerDoor.value === null ? null : p.gainPerDoor.value * 100, 1, lang)}
              detail={
                p.gainPerDoor.lower !== null && p.gainPerDoor.upper !== null
                  ? t("analysis.between", {
                      lower: decimal(p.gainPerDoor.lower * 100, 1, lang),
                      upper: decimal(p.gainPerDoor.upper * 100, 1, lang),
                    })
                  : null
              }
            />
            <Figure
              label={t("analysis.indicator.mobilisation.long")}
              value={int(p.mobilisation.value, lang)}
              detail={voters(p.mobilisation)}
            />
            <Figure
              label={t("analysis.indicator.persuasion.long")}
              value={int(p.persuasion.value, lang)}
              detail={voters(p.persuasion)}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t(
              p.doorsSource === "households"
                ? "analysis.card.doorsHouseholds"
                : "analysis.card.doorsInscrits",
              {
                doors: int(p.doors, lang),
              },
            )}
          </Text>
        </>
      ) : (
        <Alert color="blue" title={t("analysis.card.noPriorityTitle")}>
          {t("analysis.card.noPriority")}
        </Alert>
      )}
      <div>
        <Title order={3} size="h5" mb={4}>
          {t("analysis.card.messages")}
        </Title>
        {d.messages.length ? (
          <List type="ordered" size="sm">
            {d.messages.slice(0, 3).map((m) => (
              <List.Item key={m.pointId}>{m.label}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t("analysis.card.noMessages")}
          </Text>
        )}
      </div>
      <div>
        <Title order={3} size="h5" mb={4}>
          {t("analysis.card.history")}
        </Title>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("analysis.card.election")}</Table.Th>
              <Table.Th ta="right">{t("analysis.card.inscrits")}</Table.Th>
              <Table.Th ta="right">{t("analysis.indicator.turnout.short")}</Table.Th>
              <Table.Th ta="right">{t("analysis.indicator.ourScore.short")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.history.map((h) => (
              <Table.Tr key={h.election}>
                <Table.Td>{h.label}</Table.Td>
                <Table.Td ta="right">{int(h.inscrits, lang)}</Table.Td>
                <Table.Td ta="right">{pct1(h.turnout, lang)}</Table.Td>
                <Table.Td ta="right">{pct1(h.ourScore, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <div>
        <Title order={3} size="h5" mb={4}>
          {t("analysis.card.population")}
        </Title>
        {d.demographics.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("analysis.card.noPopulation")}
          </Text>
        )}
        {d.demographics.map((dim) => {
          const total = dim.groups.reduce((s, g) => s + g.count, 0);
          return (
            <Text size="sm" key={dim.dimension} mb={4}>
              <Text span fw={600}>
                {dim.label} :{" "}
              </Text>
              {dim.groups
                .map(
                  (g) => `${g.label} ${int(g.count, lang)} (${pct1(total ? g.count / total : null, lang)})`,
                )
                .join(" · ")}
            </Text>
          );
        })}
        <Text size="xs" c="dimmed">
          {t("analysis.card.populationNote")}
        </Text>
      </div>
    </Stack>
  );
}
