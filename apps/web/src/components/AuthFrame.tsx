import { Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** The frame of the pages before sign-in: name, language switch, one card. */
export function AuthFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={440} py={{ base: "md", sm: 48 }} px="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg">
        <div>
          <Text fw={800} size="xl" c="blue.9">
            {t("app.name")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("app.tagline")}
          </Text>
        </div>
        <LanguageSwitch />
      </Group>
      <Paper withBorder shadow="sm" p={{ base: "md", sm: "xl" }} radius="md" component="main">
        <Stack gap="md">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text size="sm">{intro}</Text>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
