import { Alert, Button, Group, Paper, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTagContacts } from "./api.ts";

/** Adds one tag to the contacts selected in the list. */
export function BulkTag({
  campaignId,
  selected,
  onDone,
}: {
  campaignId: string;
  selected: ReadonlySet<string>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [tag, setTag] = useState("");
  const tagPeople = useTagContacts(campaignId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const contactIds = [...selected].filter((k) => k.startsWith("contact:")).map((k) => k.slice(8));
    tagPeople.mutate(
      { contactIds, add: [tag.trim()] },
      {
        onSuccess: () => {
          setTag("");
          onDone();
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-blue-0)">
      <form onSubmit={submit} aria-label={t("people.bulk.label")}>
        <Group align="flex-end" gap="sm">
          <Text fw={600} size="sm" role="status">
            {t("people.bulk.selected", { count: selected.size })}
          </Text>
          <TextInput
            label={t("people.bulk.tag")}
            value={tag}
            onChange={(e) => setTag(e.currentTarget.value)}
            required
            maxLength={60}
          />
          <Button type="submit" loading={tagPeople.isPending} disabled={tag.trim() === ""}>
            {t("people.bulk.submit")}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t("people.bulk.cancel")}
          </Button>
        </Group>
      </form>
      {tagPeople.isError && (
        <Alert color="red" role="alert" mt="sm">
          {t("people.bulk.failed", { message: tagPeople.error.message })}
        </Alert>
      )}
    </Paper>
  );
}
