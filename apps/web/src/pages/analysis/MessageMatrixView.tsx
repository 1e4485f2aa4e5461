import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MessagePoint } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMessageMatrix, useSaveMessageMatrix } from "./api.ts";
import { int, pct0 } from "./numbers.ts";

const LEVELS = [0, 1, 2, 3] as const;
const newId = () => `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/**
 * The message matrix: the campaign's programme points × voter groups (relevance 0–3, edited
 * one dimension at a time), each group's weight per bureau, and the first message of each
 * priority bureau (computed by the API from the weights and the latest analysis).
 */
export function MessageMatrixView({ campaignId, canEdit }: { campaignId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const matrix = useMessageMatrix(campaignId);
  const save = useSaveMessageMatrix(campaignId);
  const [draft, setDraft] = useState<MessagePoint[] | null>(null);
  const [dimension, setDimension] = useState("age");
  const [label, setLabel] = useState("");
  useEffect(() => {
    if (matrix.data && draft === null) setDraft(matrix.data.points);
  }, [matrix.data, draft]);
  if (matrix.isPending) return <PageLoader />;
  if (matrix.isError) return <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const m = matrix.data;
  const points = draft ?? m.points;
  const dirty = JSON.stringify(points) !== JSON.stringify(m.points);
  const dims = [...new Set(m.groups.map((g) => g.dimension))];
  const groups = m.groups.filter((g) => g.dimension === dimension);
  const groupLabel = (key: string) =>
    m.groups
      .find((g) => g.key === key)
      ?.label.split(" — ")
      .at(-1) ?? key;
  const update = (id: string, change: (p: MessagePoint) => MessagePoint) =>
    setDraft(points.map((p) => (p.id === id ? change(p) : p)));
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    setDraft([...points, { id: newId(), label: label.trim(), relevance: {} }]);
    setLabel("");
  };
  const dimLabel = (d: string) => m.groups.find((g) => g.dimension === d)?.label.split(" — ")[0] ?? d;

  return (
    <Stack gap="lg">
      <Select
        label={t("analysis.messages.dimension")}
        description={t("analysis.messages.dimensionHelp")}
        data={dims.map((d) => ({ value: d, label: dimLabel(d) }))}
        value={dimension}
        onChange={(v) => v && setDimension(v)}
        allowDeselect={false}
        w={{ base: "100%", sm: 360 }}
      />
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t("analysis.messages.points")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("analysis.messages.pointsHelp")}
        </Text>
        {canEdit && (
          <Group
            component="form"
            onSubmit={add}
            align="flex-end"
            gap="sm"
            mb="sm"
            aria-label={t("analysis.messages.addLabel")}
          >
            <TextInput
              label={t("analysis.messages.newPoint")}
              placeholder={t("analysis.messages.newPointPlaceholder")}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              maxLength={200}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button type="submit" variant="light">
              {t("analysis.messages.add")}
            </Button>
          </Group>
        )}
        {points.length === 0 ? (
          <Text size="sm">{t("analysis.messages.noPoints")}</Text>
        ) : (
          <ScrollArea type="auto">
            <Table fz="sm" withTableBorder miw={260 + groups.length * 110} data-testid="message-points">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("analysis.messages.point")}</Table.Th>
                  {groups.map((g) => (
                    <Table.Th key={g.key}>{groupLabel(g.key)}</Table.Th>
                  ))}
                  {canEdit && <Table.Th aria-label={t("analysis.messages.remove")} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {canEdit ? (
                        <TextInput
                          aria-label={t("analysis.messages.point")}
                          value={p.label}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            update(p.id, (x) => ({ ...x, label: value }));
                          }}
                          size="xs"
                          miw={240}
                        />
                      ) : (
                        p.label
                      )}
                    </Table.Td>
                    {groups.map((g) => (
                      <Table.Td key={g.key}>
                        <NativeSelect
                          size="xs"
                          disabled={!canEdit}
                          aria-label={t("analysis.messages.relevanceFor", {
                            point: p.label,
                            group: groupLabel(g.key),
                          })}
                          value={String(p.relevance[g.key] ?? 0)}
                          data={LEVELS.map((l) => ({
                            value: String(l),
                            label: t(`analysis.messages.level${l}`),
                          }))}
                          onChange={(e) => {
                            const level = Number(e.currentTarget.value);
                            update(p.id, (x) => ({ ...x, relevance: { ...x.relevance, [g.key]: level } }));
                          }}
                        />
                      </Table.Td>
                    ))}
                    {canEdit && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t("analysis.messages.removePoint", { point: p.label })}
                          onClick={() => setDraft(points.filter((x) => x.id !== p.id))}
                        >
                          ✕
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        {canEdit && (
          <Group mt="sm" gap="sm">
            <Button
              onClick={() =>
                save.mutate(
                  points.filter((p) => p.label.trim()),
                  { onSuccess: (x) => setDraft(x.points) },
                )
              }
              disabled={!dirty}
              loading={save.isPending}
            >
              {t("analysis.messages.save")}
            </Button>
            {dirty && (
              <Text size="sm" c="orange.9">
                {t("analysis.messages.unsaved")}
              </Text>
            )}
            {save.isSuccess && !dirty && (
              <Text size="sm" c="green.9" role="status">
                {t("analysis.messages.saved")}
              </Text>
            )}
          </Group>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t("analysis.messages.first")}
        </Title>
        {m.firstMessages.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("analysis.messages.noFirst")}
          </Text>
        ) : (
          <Table fz="sm" data-testid="first-messages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("analysis.table.rank")}</Table.Th>
                <Table.Th>{t("analysis.table.bureau")}</Table.Th>
                <Table.Th>{t("analysis.messages.message")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.firstMessages.map((f) => (
                <Table.Tr key={f.code}>
                  <Table.Td>{f.rank ?? "—"}</Table.Td>
                  <Table.Td>{f.code}</Table.Td>
                  <Table.Td>{f.label}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t("analysis.messages.weights", { dimension: dimLabel(dimension) })}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t("analysis.messages.weightsHelp")}
        </Text>
        <ScrollArea type="auto" mah={420}>
          <Table fz="sm" striped miw={160 + groups.length * 90} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("analysis.table.bureau")}</Table.Th>
                {groups.map((g) => (
                  <Table.Th key={g.key} ta="right">
                    {groupLabel(g.key)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.weights.map((w) => (
                <Table.Tr key={w.code}>
                  <Table.Td>{w.code}</Table.Td>
                  {groups.map((g) => (
                    <Table.Td key={g.key} ta="right">
                      {w.weights[g.key] === undefined
                        ? t("analysis.messages.tooFew")
                        : pct0(w.weights[g.key], lang)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        <Text size="xs" c="dimmed" mt={4}>
          {t("analysis.messages.tooFewNote", { count: int(11, lang) })}
        </Text>
      </Paper>
    </Stack>
  );
}
