import { Button, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { IrisDetail } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatIris, type IrisIndicator } from "./irisIndicators.ts";
import { int, pct1 } from "./numbers.ts";

export function useIrisDetail(campaignId: string, code: string | null) {
  return useQuery({
    queryKey: ["iris", campaignId, code],
    queryFn: () =>
      api<IrisDetail>(
        `/api/campaigns/${encodeURIComponent(campaignId)}/iris/${encodeURIComponent(code ?? "")}`,
      ),
    enabled: code !== null,
  });
}

const FIGURES: IrisIndicator[] = [
  "population",
  "medianIncome",
  "shareUnder25",
  "share65",
  "shareCadres",
  "shareOuvriers",
  "shareDiplomeSup",
  "shareHlm",
];

/**
 * An IRIS's card, opened from the IRIS map or the IRIS table: its census figures, its groups
 * (age, CSP, diplomas, housing, income; under 11 persons withheld) and the bureaux its
 * inhabitants are carried to, with the weights; a bureau opens its own card.
 */
export function IrisCard(props: {
  campaignId: string;
  code: string;
  onSelectBureau: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const detail = useIrisDetail(props.campaignId, props.code);
  if (detail.isPending) return <Loader aria-label={t("app.loading")} />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const figures = FIGURES.filter((f) => d.figures[f] !== null);
  const method = d.bureaux[0]?.method;
  return (
    <Stack gap="md" data-testid="iris-card">
      <Title order={2} size="h3">
        {d.name ? t("analysis.iris.card.title", { code: d.code, name: d.name }) : `IRIS ${d.code}`}
      </Title>
      {figures.length > 0 ? (
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
          {figures.map((f) => (
            <Paper withBorder p="xs" key={f}>
              <Text size="xs" c="dimmed">
                {t(`analysis.iris.indicator.${f}.short`)}
              </Text>
              <Text fw={700} size="lg" data-figure={f}>
                {formatIris(d.figures[f], f, lang)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t("analysis.iris.card.noCensus")}
        </Text>
      )}
      {d.demographics.length > 0 && (
        <div>
          <Title order={3} size="h5" mb={4}>
            {t("analysis.card.population")}
          </Title>
          {d.demographics.map((dim) => {
            const total = dim.groups.reduce((s, g) => s + g.count, 0);
            return (
              <Text size="sm" key={dim.dimension} mb={4} data-dimension={dim.dimension}>
                <Text span fw={600}>
                  {t(`analysis.iris.card.dimension.${dim.dimension}`, { defaultValue: dim.label })} :{" "}
                </Text>
                {dim.groups
                  .map(
                    (g) =>
                      `${t(`analysis.iris.card.group.${dim.dimension}.${g.key}`, { defaultValue: g.label })} ${int(g.count, lang)} (${pct1(total ? g.count / total : null, lang)})`,
                  )
                  .join(" · ")}
              </Text>
            );
          })}
          <Text size="xs" c="dimmed">
            {t("analysis.iris.card.populationNote")}
          </Text>
        </div>
      )}
      <div>
        <Title order={3} size="h5" mb={4}>
          {t("analysis.iris.card.bureaux")}
        </Title>
        {d.bureaux.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("analysis.iris.card.noBureaux")}
          </Text>
        ) : (
          <>
            <Table fz="sm" verticalSpacing={4} data-testid="iris-bureaux">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("analysis.iris.card.bureau")}</Table.Th>
                  <Table.Th ta="right">{t("analysis.iris.card.shareOfIris")}</Table.Th>
                  <Table.Th ta="right">{t("analysis.iris.card.shareOfBureau")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.bureaux.map((b) => (
                  <Table.Tr key={b.code}>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        px={4}
                        h="auto"
                        py={2}
                        styles={{ label: { whiteSpace: "normal", overflow: "visible", textAlign: "left" } }}
                        onClick={() => props.onSelectBureau(b.code)}
                      >
                        {b.name ? `${b.code} · ${b.name}` : b.code}
                      </Button>
                    </Table.Td>
                    <Table.Td ta="right">{pct1(b.shareOfIris, lang)}</Table.Td>
                    <Table.Td ta="right">{pct1(b.shareOfBureau, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt={4}>
              {t(
                method === "area" ? "analysis.iris.card.weightsArea" : "analysis.iris.card.weightsAddresses",
              )}
            </Text>
          </>
        )}
      </div>
    </Stack>
  );
}
