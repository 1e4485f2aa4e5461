import { Alert, Button, Container, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../api/client.ts";
import type { CampaignSummary } from "../api/types.ts";
import { useDocumentTitle } from "../components/useDocumentTitle.ts";

/** /campagnes/nouvelle: a platform administrator opens a campaign for a territory. */
export function CreateCampaignPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [territory, setTerritory] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("create.title"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api<CampaignSummary>("/api/campaigns", {
        method: "POST",
        body: { name: name.trim(), territory: territory.trim().toUpperCase() },
      });
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      navigate(`/campagnes/${created.id}`);
    } catch (e) {
      setError(t("create.failed", { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <Container size="sm" px={0}>
      <Paper withBorder p={{ base: "md", sm: "xl" }}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t("create.title")}
          </Title>
          <Text size="sm">{t("create.intro")}</Text>
          <form onSubmit={(e) => void submit(e)}>
            <TextInput
              label={t("create.name")}
              name="name"
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              mb="sm"
            />
            <TextInput
              label={t("create.territory")}
              description={t("create.territoryHint")}
              name="territory"
              required
              minLength={2}
              maxLength={5}
              value={territory}
              onChange={(e) => setTerritory(e.currentTarget.value)}
              mb="md"
            />
            {error && (
              <Alert color="red" role="alert" mb="md">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t("create.submit")}
            </Button>
          </form>
        </Stack>
      </Paper>
    </Container>
  );
}
