import { Button, Group, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { ImportedFile } from "../../api/types.ts";
import { importsKey } from "./importsKey.ts";

/**
 * Removes an imported results file with its election, after a confirmation in place. Only
 * results files are separable (the server refuses the others, with its reason, shown here).
 */
export function RemoveImportButton({ campaignId, file }: { campaignId: string; file: ImportedFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      api(`/api/campaigns/${encodeURIComponent(campaignId)}/imports/${encodeURIComponent(file.id)}`, {
        method: "DELETE",
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: importsKey(campaignId) });
      void queryClient.invalidateQueries({ queryKey: ["status", campaignId] });
    },
  });
  if (remove.isError)
    return (
      <Text size="xs" c="red.9" role="alert">
        {remove.error.message}
      </Text>
    );
  if (!confirming)
    return (
      <Button
        variant="default"
        size="compact-xs"
        aria-label={t("data.files.removeFile", { file: file.fileName })}
        onClick={() => setConfirming(true)}
      >
        {t("data.files.remove")}
      </Button>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <Button color="red" size="compact-xs" loading={remove.isPending} onClick={() => remove.mutate()}>
        {t("data.files.confirmRemove", { election: file.electionId ?? file.fileName })}
      </Button>
      <Button variant="default" size="compact-xs" onClick={() => setConfirming(false)}>
        {t("data.files.cancel")}
      </Button>
    </Group>
  );
}
