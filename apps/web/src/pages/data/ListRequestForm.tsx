import {
  Alert,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useListRequests, useRecordListRequest } from "../people/api.ts";

type Authority = "mairie" | "prefecture";

/**
 * The campaign's request for the electoral list (article L.37 du code électoral): the list
 * may only be imported once the request is recorded (authority, date, requester). Shows the
 * requests recorded; administrators record one.
 */
export function ListRequestForm({ campaignId, mayRecord }: { campaignId: string; mayRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const requests = useListRequests(campaignId);
  const record = useRecordListRequest(campaignId);
  const [authority, setAuthority] = useState<Authority>("mairie");
  const [requestedOn, setRequestedOn] = useState("");
  const [requester, setRequester] = useState("");
  const recorded = requests.data ?? [];
  // Once a request is recorded, the form folds behind "Enregistrer une autre demande".
  const [another, { toggle }] = useDisclosure(false);
  const showForm = recorded.length === 0 || another;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { authority, requestedOn, requester: requester.trim() },
      {
        onSuccess: () => {
          setRequestedOn("");
          setRequester("");
          if (another) toggle();
        },
      },
    );
  };

  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      mb="lg"
      component="section"
      aria-labelledby="list-request-title"
    >
      <Title order={2} size="h4" id="list-request-title" mb={4}>
        {t("people.request.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("people.request.intro")}
      </Text>
      {requests.isError && <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      {recorded.length > 0 ? (
        <List size="sm" mb="sm" data-testid="list-requests">
          {recorded.map((r) => (
            <List.Item key={r.id}>
              {t("people.request.recorded", {
                authority: t(`people.request.authority.${r.authority}`),
                date: formatDate(r.requestedOn, i18n.language),
                requester: r.requester,
              })}
            </List.Item>
          ))}
        </List>
      ) : (
        requests.isSuccess && (
          <Alert color="yellow" variant="light" mb="sm" data-testid="list-request-missing">
            {t("people.request.missing")}
          </Alert>
        )
      )}
      {mayRecord && recorded.length > 0 && (
        <Button
          variant="subtle"
          size="xs"
          onClick={toggle}
          aria-expanded={another}
          aria-controls="list-request-form"
        >
          {t("people.request.another")}
        </Button>
      )}
      {record.isSuccess && !showForm && (
        <Text size="sm" c="teal.9" role="status">
          {t("people.request.done")}
        </Text>
      )}
      <Collapse expanded={mayRecord && showForm} id="list-request-form">
        <form onSubmit={submit} aria-labelledby="list-request-title">
          <Stack gap="sm" maw={560}>
            <Radio.Group
              label={t("people.request.authorityLabel")}
              value={authority}
              onChange={(v) => setAuthority(v === "prefecture" ? "prefecture" : "mairie")}
              required
            >
              <Group gap="lg" mt={6}>
                <Radio value="mairie" label={t("people.request.authority.mairie")} />
                <Radio value="prefecture" label={t("people.request.authority.prefecture")} />
              </Group>
            </Radio.Group>
            <Group grow align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label={t("people.request.date")}
                required
                value={requestedOn}
                max={new Date().toISOString().slice(0, 10)}
                onChange={(e) => setRequestedOn(e.currentTarget.value)}
                miw={180}
              />
              <TextInput
                label={t("people.request.requester")}
                description={t("people.request.requesterHint")}
                required
                autoComplete="name"
                value={requester}
                onChange={(e) => setRequester(e.currentTarget.value)}
                miw={220}
              />
            </Group>
            {record.isError && (
              <Alert color="red" role="alert">
                {t("people.request.failed", { message: record.error.message })}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={record.isPending}>
                {t("people.request.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Paper>
  );
}
