import { Button, FileButton, Paper, Stack, Text, Title } from "@mantine/core";
import { type DragEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Where files are dropped (drag and drop), or chosen with a real button that the keyboard
 * reaches; says which files Terrain reads. Disabled while an import runs.
 */
export function DropZone({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const reset = useRef<() => void>(null);
  const accept = (files: File[]) => {
    reset.current?.();
    if (!disabled && files.length > 0) onFiles(files);
  };
  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? "none" : "copy";
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    accept(Array.from(e.dataTransfer.files));
  };
  return (
    <Paper
      p={{ base: "md", sm: "xl" }}
      mb="lg"
      radius="md"
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        border: `2px dashed ${over ? "var(--mantine-primary-color-filled)" : "var(--mantine-color-gray-5)"}`,
        background: over ? "var(--mantine-primary-color-light)" : undefined,
      }}
    >
      <Stack gap="sm" align="center" ta="center">
        <Title order={2} size="h4">
          {over ? t("data.drop.release") : t("data.drop.title")}
        </Title>
        <Text size="sm" maw={640}>
          {t("data.drop.text")}
        </Text>
        <FileButton multiple onChange={accept} resetRef={reset} disabled={disabled}>
          {(props) => (
            <Button {...props} disabled={disabled} size="md">
              {t("data.drop.choose")}
            </Button>
          )}
        </FileButton>
        {disabled && (
          <Text size="sm" c="dimmed">
            {t("data.drop.busy")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
