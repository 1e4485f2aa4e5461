import { Alert, Button, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/queries.ts";
import type { ConsentChannel, ConsentPurpose } from "../../api/types.ts";
import { useRecordConsent } from "./api.ts";
import { consentPurposes } from "./filters.ts";

const channels: readonly ConsentChannel[] = ["door", "meeting", "form", "email", "manual"];

/**
 * Records a consent given (or refused) for one purpose, with its proof: the exact wording the
 * person agreed to and its version, the channel, who collected it. Consents are never
 * edited: a new one replaces the one in force.
 */
export function ConsentForm({
  campaignId,
  contactId,
  onDone,
}: {
  campaignId: string;
  contactId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe().data;
  const record = useRecordConsent(campaignId, contactId);
  const [purpose, setPurpose] = useState<ConsentPurpose>("news_email");
  const [granted, setGranted] = useState("yes");
  const [wordingVersion, setWordingVersion] = useState("");
  const [wording, setWording] = useState("");
  const [channel, setChannel] = useState<ConsentChannel>("door");
  const [collectedBy, setCollectedBy] = useState(me?.user.name ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        purpose,
        granted: granted === "yes",
        wordingVersion: wordingVersion.trim(),
        wording: wording.trim(),
        channel,
        collectedBy: collectedBy.trim(),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t("people.consent.formLabel")}>
      <Stack gap="sm" mt="sm" maw={640}>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label={t("people.consent.purpose")}
            value={purpose}
            onChange={(e) =>
              setPurpose(consentPurposes.find((p) => p === e.currentTarget.value) ?? "news_email")
            }
            data={consentPurposes.map((p) => ({ value: p, label: t(`people.purpose.${p}`) }))}
            miw={200}
          />
          <NativeSelect
            label={t("people.consent.channel")}
            value={channel}
            onChange={(e) => setChannel(channels.find((c) => c === e.currentTarget.value) ?? "door")}
            data={channels.map((c) => ({ value: c, label: t(`people.channel.${c}`) }))}
            miw={200}
          />
        </Group>
        <Radio.Group label={t("people.consent.answer")} value={granted} onChange={setGranted} required>
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={t("people.consent.granted")} />
            <Radio value="no" label={t("people.consent.refused")} />
          </Group>
        </Radio.Group>
        <TextInput
          label={t("people.consent.version")}
          description={t("people.consent.versionHint")}
          required
          value={wordingVersion}
          onChange={(e) => setWordingVersion(e.currentTarget.value)}
        />
        <Textarea
          label={t("people.consent.wordingLabel")}
          description={t("people.consent.wordingHint")}
          required
          autosize
          minRows={2}
          value={wording}
          onChange={(e) => setWording(e.currentTarget.value)}
        />
        <TextInput
          label={t("people.consent.by")}
          required
          value={collectedBy}
          onChange={(e) => setCollectedBy(e.currentTarget.value)}
        />
        {record.isError && (
          <Alert color="red" role="alert">
            {t("people.consent.failed", { message: record.error.message })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t("people.consent.save")}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t("people.bulk.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
