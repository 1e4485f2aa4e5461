import { Button, Paper, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCampaignStatus } from "../api/queries.ts";
import type { ElectionStatus } from "../api/types.ts";
import { useCampaign } from "../app/CampaignLayout.tsx";
import { EmptyBlock } from "../components/EmptyBlock.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { formatDate, formatInteger, formatPercent } from "../format.ts";
import { PageHeader } from "./PageHeader.tsx";

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fz={28} fw={700} component="dd" m={0} data-testid={`figure-${label}`}>
        {value}
      </Text>
    </Paper>
  );
}

/** The campaign at a glance: what the database holds, in French number format. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const campaign = useCampaign();
  const status = useCampaignStatus(campaign.id);
  const subtitle = [
    t("campaign.territory", { code: campaign.territory }),
    campaign.electionDate
      ? t("campaign.electionDate", { date: formatDate(campaign.electionDate, lang) })
      : "",
  ]
    .filter(Boolean)
    .join(" · ");
  // The importers' labels usually name the round already ("Présidentielle 2022, 2e tour").
  const electionName = (e: ElectionStatus) =>
    /tour|round/i.test(e.label)
      ? e.label
      : `${e.label}, ${e.round === 1 ? t("dashboard.roundFirst") : t("dashboard.roundValue", { round: e.round })}`;

  return (
    <>
      <PageHeader title={campaign.name} subtitle={subtitle} />
      {status.isPending && <PageLoader />}
      {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="xl" component="dl" m={0}>
            <Figure label={t("dashboard.bureaux")} value={formatInteger(status.data.bureaux, lang)} />
            <Figure label={t("dashboard.iris")} value={formatInteger(status.data.iris, lang)} />
            <Figure label={t("dashboard.addresses")} value={formatInteger(status.data.addresses, lang)} />
            <Figure label={t("dashboard.contacts")} value={formatInteger(status.data.contacts, lang)} />
          </SimpleGrid>
          <Title order={2} size="h3" mt="xl" mb="sm">
            {t("dashboard.elections")}
          </Title>
          {status.data.elections.length === 0 ? (
            <EmptyBlock
              order={3}
              title={t("dashboard.emptyTitle")}
              description={t("dashboard.emptyText", { territory: campaign.territory })}
            >
              <Button component={Link} to={`/campagnes/${campaign.id}/donnees`} variant="outline">
                {t("dashboard.goData")}
              </Button>
            </EmptyBlock>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("dashboard.election")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("dashboard.bureauxShort")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("dashboard.inscrits")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("dashboard.votants")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("dashboard.exprimes")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("dashboard.participation")}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {status.data.elections.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Th scope="row" fw={500}>
                        {electionName(e)}
                      </Table.Th>
                      <Table.Td ta="right">{formatInteger(e.bureaux, lang)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(e.inscrits, lang)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(e.votants, lang)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(e.exprimes, lang)}</Table.Td>
                      <Table.Td ta="right">
                        {e.inscrits > 0 ? formatPercent(e.votants / e.inscrits, lang) : "—"}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </>
  );
}
