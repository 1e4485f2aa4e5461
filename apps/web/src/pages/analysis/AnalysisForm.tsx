import { Button, Group, MultiSelect, Paper, Radio, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ElectionItem, Method, TransferRequest } from "../../api/types.ts";
import { reachOptions, sideFromValues, sideOptions } from "./sideOptions.ts";

const METHODS: Method[] = ["lphom", "nslphom", "md"];

/** Reference election, coming election, our side, the lists within reach and method; submitting asks for the analysis. */
export function AnalysisForm(props: {
  elections: readonly ElectionItem[];
  pending: boolean;
  initial?: Partial<{ from: string; to: string; side: string[]; reach: string[]; method: Method }>;
  onSubmit: (request: TransferRequest) => void;
}) {
  const { t } = useTranslation();
  const { elections } = props;
  const [from, setFrom] = useState<string | null>(props.initial?.from ?? elections.at(-2)?.id ?? null);
  const [to, setTo] = useState<string | null>(props.initial?.to ?? elections.at(-1)?.id ?? null);
  const [side, setSide] = useState<string[]>(props.initial?.side ?? []);
  const [reach, setReach] = useState<string[]>(props.initial?.reach ?? []);
  const [method, setMethod] = useState<Method>(props.initial?.method ?? "lphom");
  const [touched, setTouched] = useState(false);
  const pair = elections.filter((e) => e.id === from || e.id === to);
  const choices = sideOptions(pair);
  const reachChoices = reachOptions(pair, side);
  const reachChosen = reach.filter((v) => reachChoices.some((c) => c.value === v));
  const sameElection = from !== null && from === to;
  const sideMissing = side.length === 0;
  const data = elections.map((e) => ({ value: e.id, label: e.label }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!from || !to || sameElection || sideMissing) return;
    const request: TransferRequest = { kind: "transfer", from, to, method, side: sideFromValues(side) };
    if (reachChosen.length) request.reach = sideFromValues(reachChosen);
    props.onSubmit(request);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t("analysis.form.label")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("analysis.form.from")}
            description={t("analysis.form.fromHelp")}
            data={data}
            value={from}
            onChange={setFrom}
            allowDeselect={false}
          />
          <Select
            label={t("analysis.form.to")}
            description={t("analysis.form.toHelp")}
            data={data}
            value={to}
            onChange={setTo}
            allowDeselect={false}
            error={sameElection ? t("analysis.form.sameElection") : undefined}
          />
        </SimpleGrid>
        <MultiSelect
          label={t("analysis.form.side")}
          description={t("analysis.form.sideHelp")}
          placeholder={side.length ? undefined : t("analysis.form.sidePlaceholder")}
          data={choices}
          value={side.filter((v) => choices.some((c) => c.value === v))}
          onChange={setSide}
          searchable
          clearable
          error={touched && sideMissing ? t("analysis.form.sideMissing") : undefined}
        />
        <MultiSelect
          label={t("analysis.form.reach")}
          description={t("analysis.form.reachHelp")}
          placeholder={reachChosen.length ? undefined : t("analysis.form.reachPlaceholder")}
          data={reachChoices}
          value={reachChosen}
          onChange={setReach}
          searchable
          clearable
        />
        <Radio.Group
          label={t("analysis.form.method")}
          value={method}
          onChange={(v) => setMethod(v as Method)}
        >
          <Stack gap={6} mt={4}>
            {METHODS.map((m) => (
              <Radio
                key={m}
                value={m}
                label={t(`analysis.method.${m}.label`)}
                description={t(`analysis.method.${m}.help`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="space-between" align="center">
          <Text size="xs" c="dimmed" maw={560}>
            {t("analysis.form.kept")}
          </Text>
          <Button type="submit" loading={props.pending}>
            {t("analysis.form.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
