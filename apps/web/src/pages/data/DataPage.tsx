import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/queries.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { PageHeader } from "../PageHeader.tsx";
import { DropZone } from "./DropZone.tsx";
import { FileSummary } from "./FileSummary.tsx";
import { ImportedFiles, importsKey } from "./ImportedFiles.tsx";
import { ListRequestForm } from "./ListRequestForm.tsx";
import { UploadFailure, UploadProgress } from "./UploadProgress.tsx";
import { clearUpload, isBusy, startUpload, useUpload } from "./uploadStore.ts";

/**
 * /campagnes/:id/donnees: administrators drop the official files (results per bureau, INSEE
 * IRIS tables, contours, REU/BAN addresses) and read what each file brought; everyone who
 * may read the campaign sees the files imported.
 */
export function DataPage() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  const queryClient = useQueryClient();
  const superadmin = useMe().data?.user.platformRole === "superadmin";
  const mayImport = superadmin || campaign.role === "admin";
  const upload = useUpload(campaign.id);
  const busy = isBusy(upload);

  const onFiles = (files: File[]) =>
    startUpload(campaign.id, files, () => {
      void queryClient.invalidateQueries({ queryKey: importsKey(campaign.id) });
      void queryClient.invalidateQueries({ queryKey: ["status", campaign.id] });
      void queryClient.invalidateQueries({ queryKey: ["people", campaign.id] });
    });

  return (
    <>
      <PageHeader title={t("data.title")} subtitle={campaign.name} />
      {mayImport ? (
        <>
          <ListRequestForm campaignId={campaign.id} mayRecord={mayImport} />
          <DropZone disabled={busy} onFiles={onFiles} />
          <UploadProgress state={upload} />
          {upload.phase === "failed" && (
            <UploadFailure state={upload} onClose={() => clearUpload(campaign.id)} />
          )}
          {upload.phase === "done" && (
            <section aria-labelledby="import-result">
              <Group justify="space-between" mb="sm" gap="xs">
                <Title order={2} size="h3" id="import-result">
                  {t("data.results.title")}
                </Title>
                <Button variant="subtle" size="xs" onClick={() => clearUpload(campaign.id)}>
                  {t("data.close")}
                </Button>
              </Group>
              <Stack gap="md" mb="xl">
                {upload.summaries.map((s) => (
                  <FileSummary key={s.file} summary={s} />
                ))}
              </Stack>
            </section>
          )}
        </>
      ) : (
        <Text mb="lg" data-testid="read-only">
          {t("data.readOnly")}
        </Text>
      )}
      <ImportedFiles campaignId={campaign.id} mayRemove={mayImport} />
    </>
  );
}
