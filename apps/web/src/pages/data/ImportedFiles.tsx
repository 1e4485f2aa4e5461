import { List, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { ImportedFile } from "../../api/types.ts";
import { EmptyBlock } from "../../components/EmptyBlock.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { formatDate } from "../../format.ts";
import { importsKey } from "./importsKey.ts";
import { RemoveImportButton } from "./RemoveImportButton.tsx";

export { importsKey };

/**
 * The files already imported into the campaign, newest first; an empty state says what to
 * drop. An administrator may remove a results file (its election goes with it).
 */
export function ImportedFiles({
  campaignId,
  mayRemove = false,
}: {
  campaignId: string;
  mayRemove?: boolean;
}) {
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
                {mayRemove && <Table.Th scope="col">{t("data.files.action")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.data.files.map((f) => (
                <Table.Tr key={`${f.fileName}-${f.importedAt}`}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{f.fileName}</Table.Td>
                  <Table.Td>{t(`data.kind.${f.kind}`, { defaultValue: f.kind })}</Table.Td>
                  <Table.Td>{f.electionId ?? "—"}</Table.Td>
                  <Table.Td>{formatDate(f.importedAt, i18n.language)}</Table.Td>
                  {mayRemove && (
                    <Table.Td>
                      {f.kind === "results" ? <RemoveImportButton campaignId={campaignId} file={f} /> : "—"}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
