import { Alert, Badge, Code, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportSummary } from "../../api/types.ts";
import { formatInteger } from "../../format.ts";
import { ElectoralListReport } from "./ElectoralListReport.tsx";
import { issueLines } from "./issueWords.ts";

/** Badge colours that keep WCAG AA contrast (light teal text on its tint falls to 4.3:1). */
const statusColor = { imported: "teal.9", unchanged: "gray", rejected: "red" } as const;

/**
 * What importing one file did, in words: the election and round, bureaux, totals,
 * candidates with their nuance, IRIS and addresses, warnings; or, for a rejected file,
 * its error lines and that nothing changed.
 */
export function FileSummary({ summary: s }: { summary: ImportSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number) => formatInteger(value, lang);
  const kind = t(`data.kind.${s.kind}`, { defaultValue: s.kind });
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} data-testid="import-summary" component="article">
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs" wrap="wrap">
        <Stack gap={0} miw={0}>
          <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
            {s.file}
            {s.pairedWith ? ` + ${s.pairedWith}` : ""}
          </Title>
          <Text size="sm" c="dimmed">
            {kind}
          </Text>
        </Stack>
        <Badge color={statusColor[s.status]} variant={s.status === "unchanged" ? "light" : "filled"}>
          {t(`data.status.${s.status}`)}
        </Badge>
      </Group>

      {s.status === "rejected" ? (
        <Alert color="red" variant="light" role="alert" title={t("data.rejected.title")}>
          <Text size="sm" mb="xs">
            {t("data.rejected.text")}
          </Text>
          <Code
            block
            data-testid="import-errors"
            style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
          >
            {issueLines(s.errors, s.errorCodes, i18n).join("\n")}
          </Code>
        </Alert>
      ) : (
        <Stack gap="xs">
          {s.election && (
            <Text fw={600}>{t("data.summary.election", { label: s.election.label, id: s.election.id })}</Text>
          )}
          {s.bureaux !== undefined && (
            <Text>{t("data.summary.bureaux", { count: s.bureaux, n: n(s.bureaux) })}</Text>
          )}
          {s.totals && (
            <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="xs" data-testid="import-totals">
              {(["inscrits", "votants", "exprimes", "blancs", "nuls"] as const).map((key) => (
                <Paper key={key} bg="var(--mantine-color-gray-0)" p="xs" radius="sm">
                  <Text size="xs" c="dimmed">
                    {t(`data.totals.${key}`)}
                  </Text>
                  <Text fw={700}>{n(s.totals?.[key] ?? 0)}</Text>
                </Paper>
              ))}
            </SimpleGrid>
          )}
          {s.candidates && s.candidates.length > 0 && (
            <Table.ScrollContainer minWidth={320}>
              <Table striped withTableBorder fz="sm" captionSide="top">
                <Table.Caption>{t("data.candidates.caption")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("data.candidates.name")}</Table.Th>
                    <Table.Th scope="col">{t("data.candidates.nuance")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("data.candidates.voix")}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...s.candidates]
                    .sort((a, b) => b.voix - a.voix)
                    .map((c) => (
                      <Table.Tr key={c.key}>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td>{c.nuance ?? t("data.candidates.noNuance")}</Table.Td>
                        <Table.Td ta="right">{n(c.voix)}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {s.electoralList && <ElectoralListReport report={s.electoralList} />}
          <FactLines summary={s} n={n} />
          {s.warnings.length > 0 && (
            <Alert color="yellow" variant="light" title={t("data.summary.warnings")}>
              <List size="sm">
                {issueLines(s.warnings, s.warningCodes, i18n).map((w) => (
                  <List.Item key={w} style={{ overflowWrap: "anywhere" }}>
                    {w}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The sentences of a summary: bureau matching, IRIS, addresses, weights, rows skipped. */
function FactLines({ summary: s, n }: { summary: ImportSummary; n: (v: number) => string }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  if (s.bureauMatching) {
    const m = s.bureauMatching;
    lines.push(t("data.summary.matching", { matched: n(m.matched), added: n(m.added), absent: n(m.absent) }));
  }
  if (s.iris) lines.push(t("data.summary.iris", { n: n(s.iris) }));
  if (s.variables) lines.push(t("data.summary.variables", { n: n(s.variables) }));
  if (s.addresses && s.addresses.total > 0)
    lines.push(
      t("data.summary.addresses", {
        total: n(s.addresses.total),
        withBureau: n(s.addresses.withBureau),
        withIris: n(s.addresses.withIris),
      }),
    );
  if (s.weights) lines.push(t(`data.summary.weights.${s.weights.method}`, { cells: n(s.weights.cells) }));
  if (s.skippedOutsideTerritory > 0)
    lines.push(t("data.summary.skipped", { n: n(s.skippedOutsideTerritory) }));
  if (lines.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
