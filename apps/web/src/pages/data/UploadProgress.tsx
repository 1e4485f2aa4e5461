import { Alert, Button, Paper, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatInteger, formatPercent, localeOf } from "../../format.ts";
import type { UploadState } from "./uploadStore.ts";

/** The upload's real progress: bytes sent, then the file the server is reading. */
export function UploadProgress({ state }: { state: UploadState }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (state.phase !== "sending" && state.phase !== "importing") return null;
  const sending = state.phase === "sending";
  const share = sending ? (state.total > 0 ? state.sent / state.total : 0) : state.share;
  let line: string;
  if (state.phase === "sending")
    line = t("data.progress.sending", {
      percent: formatPercent(share, lang),
      sent: fileSize(state.sent, lang),
      total: fileSize(state.total, lang),
    });
  else if (state.progress)
    line = t("data.progress.importing", {
      file: state.progress.file,
      index: state.progress.index + 1,
      count: state.progress.count,
      rows: formatInteger(state.progress.rows, lang),
    });
  else line = t("data.progress.waiting");
  return (
    <Paper withBorder p="md" mb="lg" data-testid="upload-progress">
      <Text size="sm" fw={600} mb={6} aria-live="polite">
        {line}
      </Text>
      <Progress
        value={Math.round(share * 100)}
        animated
        color={sending ? undefined : "teal"}
        aria-label={sending ? t("data.progress.sendLabel") : t("data.progress.importLabel")}
      />
      <Text size="xs" c="dimmed" mt={6}>
        {t("data.progress.keepWorking")}
      </Text>
    </Paper>
  );
}

/** A size as a reader of the language writes it, by Intl: "126 ko", "1,2 Mo" in French. */
function fileSize(bytes: number, lang: string): string {
  const mega = bytes >= 1024 ** 2;
  const value = mega ? bytes / 1024 ** 2 : bytes / 1024;
  return new Intl.NumberFormat(localeOf(lang), {
    style: "unit",
    unit: mega ? "megabyte" : "kilobyte",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** A failed upload (network, rights, server), what to do, and a way to close the message. */
export function UploadFailure({
  state,
  onClose,
}: {
  state: Extract<UploadState, { phase: "failed" }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text =
    state.status === 0
      ? t("data.failed.network")
      : state.status === 403
        ? t("data.failed.forbidden")
        : (state.message ?? t("data.failed.incomplete"));
  return (
    <Alert color="red" role="alert" mb="lg" title={t("data.failed.title")}>
      <Text size="sm" mb="sm">
        {text}
      </Text>
      <Button variant="outline" color="red" size="xs" onClick={onClose}>
        {t("data.close")}
      </Button>
    </Alert>
  );
}
