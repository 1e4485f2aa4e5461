import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Stepper,
  Text,
  TextInput,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../api/queries.ts";
import type { ColumnMapping, ContactImportPreview, ContactImportResult } from "../../api/types.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { formatInteger, formatPercent } from "../../format.ts";
import { PageHeader } from "../PageHeader.tsx";
import { peopleAccess } from "./access.ts";
import { confirmImport, importUploadUrl, previewImport } from "./api.ts";
import { ImportPreview } from "./ImportPreview.tsx";
import { PeoplePage } from "./PeoplePage.tsx";
import { sendFile } from "./sendFile.ts";

type Phase =
  | { step: "file"; sending: number | null; error: string | null }
  | {
      step: "preview";
      preview: ContactImportPreview;
      busy: "mapping" | "confirm" | null;
      error: string | null;
    }
  | { step: "done"; result: ContactImportResult };

/**
 * /campagnes/:id/personnes/import: the import wizard. 1. a CSV file (contacts, or
 * NationBuilder's people export); 2. where these people come from (required) and the column
 * mapping detected or remembered, editable, with the first rows and every error by line and
 * column; 3. confirm, then what the import did.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const campaign = useCampaign();
  const client = useQueryClient();
  const superadmin = useMe().data?.user.platformRole === "superadmin";
  const [phase, setPhase] = useState<Phase>({ step: "file", sending: null, error: null });
  const [source, setSource] = useState("");
  if (peopleAccess(campaign, superadmin) !== "list") return <PeoplePage />;

  const onFile = (file: File | null) => {
    if (!file) return;
    setPhase({ step: "file", sending: 0, error: null });
    sendFile<ContactImportPreview>(importUploadUrl(campaign.id), file, {}, (sent, total) =>
      setPhase({ step: "file", sending: total > 0 ? sent / total : 0, error: null }),
    )
      .then((preview) => setPhase({ step: "preview", preview, busy: null, error: null }))
      .catch((e: unknown) =>
        setPhase({ step: "file", sending: null, error: e instanceof Error ? e.message : String(e) }),
      );
  };
  const onMapping = (mapping: ColumnMapping) => {
    if (phase.step !== "preview") return;
    const { preview } = phase;
    setPhase({ ...phase, busy: "mapping", error: null });
    previewImport(campaign.id, preview.importId, mapping)
      .then((next) => setPhase({ step: "preview", preview: next, busy: null, error: null }))
      .catch((e: Error) => setPhase({ step: "preview", preview, busy: null, error: e.message }));
  };
  const onConfirm = () => {
    if (phase.step !== "preview") return;
    const { preview } = phase;
    setPhase({ ...phase, busy: "confirm", error: null });
    confirmImport(campaign.id, preview.importId, { mapping: preview.mapping, source: source.trim() })
      .then((result) => {
        void client.invalidateQueries({ queryKey: ["people", campaign.id] });
        void client.invalidateQueries({ queryKey: ["status", campaign.id] });
        setPhase({ step: "done", result });
      })
      .catch((e: Error) => setPhase({ step: "preview", preview, busy: null, error: e.message }));
  };
  const active = phase.step === "file" ? 0 : phase.step === "preview" ? 1 : 3;

  return (
    <>
      <Anchor
        component={Link}
        to={`/campagnes/${campaign.id}/personnes`}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        {t("people.card.back")}
      </Anchor>
      <PageHeader title={t("people.import.title")} subtitle={campaign.name} />
      <Stepper active={active} size="sm" mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label={t("people.import.stepFile")} />
        <Stepper.Step label={t("people.import.stepCheck")} />
        <Stepper.Step label={t("people.import.stepDone")} />
      </Stepper>

      {phase.step === "file" && (
        <Paper withBorder p={{ base: "md", sm: "xl" }}>
          <Stack gap="sm" align="flex-start">
            <Text>{t("people.import.fileIntro")}</Text>
            <List size="sm">
              <List.Item>{t("people.import.kindContacts")}</List.Item>
              <List.Item>{t("people.import.kindNationBuilder")}</List.Item>
            </List>
            <FileButton onChange={onFile} accept=".csv,text/csv,text/plain" disabled={phase.sending !== null}>
              {(props) => (
                <Button {...props} size="md" loading={phase.sending !== null}>
                  {t("people.import.choose")}
                </Button>
              )}
            </FileButton>
            {phase.sending !== null && (
              <Stack gap={4} w="100%" data-testid="import-progress">
                <Text size="sm" aria-live="polite">
                  {t("people.import.sending", { percent: formatPercent(phase.sending, lang) })}
                </Text>
                <Progress
                  value={Math.round(phase.sending * 100)}
                  animated
                  aria-label={t("people.import.sendLabel")}
                />
              </Stack>
            )}
            {phase.error && (
              <Alert color="red" role="alert" w="100%">
                {t("people.import.failed", { message: phase.error })}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}

      {phase.step === "preview" && (
        <Stack gap="md">
          <TextInput
            label={t("people.import.source")}
            description={t("people.import.sourceHint")}
            required
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={
              source.trim() !== "" && source.trim().length < 3 ? t("people.import.sourceShort") : undefined
            }
            maw={640}
          />
          <ImportPreview preview={phase.preview} busy={phase.busy === "mapping"} onMapping={onMapping} />
          {phase.error && (
            <Alert color="red" role="alert">
              {t("people.import.failed", { message: phase.error })}
            </Alert>
          )}
          {phase.busy === "confirm" && (
            <Stack gap={4} data-testid="import-progress">
              <Text size="sm" aria-live="polite">
                {t("people.import.importing", { rows: formatInteger(phase.preview.rows, lang) })}
              </Text>
              <Progress value={100} animated aria-label={t("people.import.importLabel")} />
            </Stack>
          )}
          <Group>
            <Button
              onClick={onConfirm}
              loading={phase.busy === "confirm"}
              disabled={phase.busy !== null || phase.preview.errorCount > 0 || source.trim().length < 3}
            >
              {t("people.import.confirm", {
                count: phase.preview.rows,
                n: formatInteger(phase.preview.rows, lang),
              })}
            </Button>
            <Button variant="subtle" onClick={() => setPhase({ step: "file", sending: null, error: null })}>
              {t("people.import.other")}
            </Button>
          </Group>
          {source.trim().length < 3 && (
            <Text size="sm" c="dimmed">
              {t("people.import.sourceRequired")}
            </Text>
          )}
        </Stack>
      )}

      {phase.step === "done" && (
        <Alert color="teal" variant="light" title={t("people.import.doneTitle")} data-testid="import-done">
          <Text size="sm" mb="sm">
            {t("people.import.doneText", {
              file: phase.result.fileName,
              created: formatInteger(phase.result.created, lang),
              updated: formatInteger(phase.result.updated, lang),
              unchanged: formatInteger(phase.result.unchanged, lang),
            })}
          </Text>
          <Group>
            <Button component={Link} to={`/campagnes/${campaign.id}/personnes`}>
              {t("people.import.seeList")}
            </Button>
            <Button variant="subtle" onClick={() => setPhase({ step: "file", sending: null, error: null })}>
              {t("people.import.other")}
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
