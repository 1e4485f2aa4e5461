import { Button, Collapse, Group, MultiSelect, NativeSelect, SimpleGrid, TagsInput } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useBureauxMap, useIrisMap } from "../analysis/api.ts";
import {
  activeCriteria,
  ageBandOf,
  ageBands,
  consentPurposes,
  contactSources,
  type PeopleFilter,
} from "./filters.ts";

const codeLabel = (p: { code: string; name: string | null }) => ({
  value: p.code,
  label: p.name ? `${p.code} · ${p.name}` : p.code,
});

/**
 * The lawful criteria of the people list, and only those: bureau, IRIS, age band, sex, tags,
 * consent and source. On a phone they fold under a "Filtres (n)" button.
 */
export function PeopleFilters({
  campaignId,
  filter,
  onChange,
}: {
  campaignId: string;
  filter: PeopleFilter;
  onChange: (next: PeopleFilter) => void;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const bureaux = useBureauxMap(campaignId);
  const iris = useIrisMap(campaignId, true);
  const set = (patch: Partial<PeopleFilter>) => onChange({ ...filter, ...patch });
  const count = activeCriteria(filter);
  const band = ageBandOf(filter) ?? "";
  const fields = (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 4 }}
      spacing="sm"
      verticalSpacing="xs"
      data-testid="people-filters"
    >
      <MultiSelect
        label={t("people.filter.bureaux")}
        placeholder={filter.bureaux.length === 0 ? t("people.filter.all") : undefined}
        data={(bureaux.data?.features ?? []).map((f) => codeLabel(f.properties))}
        value={filter.bureaux}
        onChange={(v) => set({ bureaux: v })}
        searchable
        clearable
        nothingFoundMessage={t("people.filter.nothing")}
      />
      <MultiSelect
        label={t("people.filter.iris")}
        placeholder={filter.iris.length === 0 ? t("people.filter.all") : undefined}
        data={(iris.data?.features ?? []).map((f) => codeLabel(f.properties))}
        value={filter.iris}
        onChange={(v) => set({ iris: v })}
        searchable
        clearable
        nothingFoundMessage={t("people.filter.nothing")}
      />
      <NativeSelect
        label={t("people.filter.age")}
        value={band}
        onChange={(e) => {
          const chosen = ageBands.find((b) => b.key === e.currentTarget.value);
          set({ ageMin: chosen?.min, ageMax: chosen?.max });
        }}
        data={[
          { value: "", label: t("people.filter.allAges") },
          ...ageBands.map((b) => ({ value: b.key, label: t(`people.ageBand.${b.key}`) })),
        ]}
      />
      <NativeSelect
        label={t("people.filter.sex")}
        value={filter.sex ?? ""}
        onChange={(e) => {
          const v = e.currentTarget.value;
          set({ sex: v === "F" || v === "M" ? v : undefined });
        }}
        data={[
          { value: "", label: t("people.filter.allSexes") },
          { value: "F", label: t("people.sex.F") },
          { value: "M", label: t("people.sex.M") },
        ]}
      />
      <TagsInput
        label={t("people.filter.tags")}
        description={t("people.filter.tagsHint")}
        value={filter.tags}
        onChange={(v) => set({ tags: v })}
        clearable
      />
      <NativeSelect
        label={t("people.filter.consent")}
        value={filter.consent ?? ""}
        onChange={(e) => set({ consent: consentPurposes.find((p) => p === e.currentTarget.value) })}
        data={[
          { value: "", label: t("people.filter.any") },
          ...consentPurposes.map((p) => ({ value: p, label: t(`people.purpose.${p}`) })),
        ]}
      />
      <NativeSelect
        label={t("people.filter.source")}
        value={filter.source ?? ""}
        onChange={(e) => set({ source: contactSources.find((s) => s === e.currentTarget.value) })}
        data={[
          { value: "", label: t("people.filter.any") },
          ...contactSources.map((s) => ({ value: s, label: t(`people.source.${s}`) })),
        ]}
      />
      <Group align="flex-end">
        <Button
          variant="default"
          disabled={count === 0}
          onClick={() => onChange({ q: filter.q, bureaux: [], iris: [], tags: [] })}
        >
          {t("people.filter.clear")}
        </Button>
      </Group>
    </SimpleGrid>
  );
  if (wide) return <div>{fields}</div>;
  return (
    <div>
      <Button
        variant="default"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls="people-filters-panel"
        mb="xs"
        fullWidth
      >
        {count > 0 ? t("people.filter.buttonCount", { count }) : t("people.filter.button")}
      </Button>
      <Collapse expanded={opened} id="people-filters-panel">
        {fields}
      </Collapse>
    </div>
  );
}
