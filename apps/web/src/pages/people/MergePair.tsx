import { Alert, Badge, Button, Group, Paper, Radio, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DuplicatePair } from "../../api/types.ts";
import { useMergeContacts } from "./api.ts";
import { conflicts, type MergeField, mergeFields, mergeRequest, type Side } from "./mergeChoice.ts";

const name = (c: DuplicatePair["a"]) => [c.firstName, c.lastName].filter(Boolean).join(" ") || "—";

/**
 * One candidate pair side by side: why Terrain thinks they are one person, every field of
 * both, which record to keep and, where the two disagree, which value to keep.
 */
export function MergePair({ campaignId, pair }: { campaignId: string; pair: DuplicatePair }) {
  const { t } = useTranslation();
  const { a, b } = pair;
  const [keep, setKeep] = useState<Side>("a");
  const [choices, setChoices] = useState<Partial<Record<MergeField, Side>>>({});
  const merge = useMergeContacts(campaignId);
  const disputed = new Set(conflicts(a, b));
  const chosen = (f: MergeField): Side => choices[f] ?? keep;
  const titleId = `pair-${a.id}-${b.id}`;
  const show = (v: string | number | null) => (v === null || v === "" ? "—" : String(v));
  const cell = (f: MergeField, side: Side) => {
    const value = side === "a" ? a[f] : b[f];
    if (!disputed.has(f)) return <Text size="sm">{show(value)}</Text>;
    return (
      <Radio
        name={`${titleId}-${f}`}
        value={side}
        checked={chosen(f) === side}
        onChange={() => setChoices((c) => ({ ...c, [f]: side }))}
        label={show(value)}
        aria-label={t("people.merge.keepValue", { field: t(`people.field.${f}`), value: show(value) })}
      />
    );
  };
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="article"
      aria-labelledby={titleId}
      data-testid="merge-pair"
    >
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {t("people.merge.pairTitle", { a: name(a), b: name(b) })}
        </Title>
        <Group gap={4}>
          {pair.reasons.map((r) => (
            <Badge key={r} variant="outline" color="gray.8">
              {t(`people.merge.reason.${r}`)}
            </Badge>
          ))}
        </Group>
      </Group>
      <Radio.Group
        label={t("people.merge.keepLabel")}
        value={keep}
        onChange={(v) => {
          setKeep(v === "b" ? "b" : "a");
          setChoices({});
        }}
        mb="sm"
      >
        <Group gap="lg" mt={4}>
          <Radio value="a" label={t("people.merge.keepA", { name: name(a) })} />
          <Radio value="b" label={t("people.merge.keepB", { name: name(b) })} />
        </Group>
      </Radio.Group>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder withColumnBorders fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("people.merge.field")}</Table.Th>
              <Table.Th scope="col">{t("people.merge.recordA")}</Table.Th>
              <Table.Th scope="col">{t("people.merge.recordB")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mergeFields
              .filter((f) => a[f] !== null || b[f] !== null)
              .map((f) => (
                <Table.Tr key={f}>
                  <Table.Th scope="row" fw={500}>
                    {t(`people.field.${f}`)}
                  </Table.Th>
                  <Table.Td>{cell(f, "a")}</Table.Td>
                  <Table.Td>{cell(f, "b")}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="sm">
        {t("people.merge.keeps")}
      </Text>
      {merge.isError && (
        <Alert color="red" role="alert" mt="sm">
          {t("people.merge.failed", { message: merge.error.message })}
        </Alert>
      )}
      <Group mt="sm">
        <Button loading={merge.isPending} onClick={() => merge.mutate(mergeRequest(a, b, keep, choices))}>
          {t("people.merge.submit", { name: name(keep === "a" ? a : b) })}
        </Button>
      </Group>
    </Paper>
  );
}
