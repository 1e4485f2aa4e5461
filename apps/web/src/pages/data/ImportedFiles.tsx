import { List, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { ImportedFile } from "../../api/types.ts";
import { EmptyBlock } from "../../components/EmptyBlock.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { formatDate } from "../../format.ts";

export const importsKey = (campaignId: string) => ["imports", campaignId] as const;

/** The files already imported into the campaign, newest first; an empty state says what to drop. */
export function ImportedFiles({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const files = useQuery({
    queryKey: importsKey(campaignId),
    queryFn: () => api<{ files: ImportedFile[] }>(`/api/campaigns/${encodeURIComponent(campaignId)}/imports`),
  });
  return (
    <section aria-labelledby="imported-files">
      <Title order={2} size="h3" mb="sm" id="imported-files">
        {t("data.files.title")}
      </Title>
      {files.isPending && <PageLoader />}
      {files.isError && <ErrorAlert error={files.error} onRetry={() => void files.refetch()} />}
      {files.data && files.data.files.length === 0 && (
        <EmptyBlock
          order={3}
          title={t("data.files.emptyTitle")}
          description={
            <>
              <Text size="sm" mb="xs">
                {t("data.files.emptyText")}
              </Text>
              <List size="sm" ta="left">
                {(["results", "iris", "contours", "addresses"] as const).map((key) => (
                  <List.Item key={key}>{t(`data.files.what.${key}`)}</List.Item>
                ))}
              </List>
            </>
          }
        />
      )}
      {files.data && files.data.files.length > 0 && (
        <Table.ScrollContainer minWidth={340}>
          <Table striped withTableBorder data-testid="imported-files">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("data.files.file")}</Table.Th>
                <Table.Th scope="col">{t("data.files.kind")}</Table.Th>
                <Table.Th scope="col">{t("data.files.election")}</Table.Th>
                <Table.Th scope="col">{t("data.files.date")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.data.files.map((f) => (
                <Table.Tr key={`${f.fileName}-${f.importedAt}`}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{f.fileName}</Table.Td>
                  <Table.Td>{t(`data.kind.${f.kind}`, { defaultValue: f.kind })}</Table.Td>
                  <Table.Td>{f.electionId ?? "—"}</Table.Td>
                  <Table.Td>{formatDate(f.importedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
