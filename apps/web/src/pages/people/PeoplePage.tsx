import { Alert, Button, Group, Pagination, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../../api/queries.ts";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { EmptyBlock } from "../../components/EmptyBlock.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { formatInteger } from "../../format.ts";
import { PageHeader } from "../PageHeader.tsx";
import { peopleAccess } from "./access.ts";
import { downloadExport, useContacts, useSearchPeople, useSegmentCount } from "./api.ts";
import { BulkTag } from "./BulkTag.tsx";
import { activeCriteria, filterFromParams, filterToParams, type PeopleFilter } from "./filters.ts";
import { PeopleCounts } from "./PeopleCounts.tsx";
import { PeopleFilters } from "./PeopleFilters.tsx";
import { PeopleTable } from "./PeopleTable.tsx";
import { listSource, type PersonRow, rowOfContact, rowOfHit } from "./rows.ts";

const PAGE = 50;

/**
 * /campagnes/:id/personnes: the electors of the imported list and the contacts, for those
 * who may read them; analysts get counts only; volunteers a clear refusal (the API answers
 * 403 to them too).
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const campaign = useCampaign();
  const superadmin = useMe().data?.user.platformRole === "superadmin";
  const access = peopleAccess(campaign, superadmin);
  if (access === "list") return <PeopleList />;
  if (access === "aggregates") return <PeopleCounts />;
  return (
    <>
      <PageHeader title={t("people.title")} subtitle={campaign.name} />
      <Alert
        color="red"
        variant="outline"
        role="alert"
        title={
          <Title order={2} size="h4">
            {t("people.denied")}
          </Title>
        }
      >
        {t("people.deniedText")}
      </Alert>
    </>
  );
}

function PeopleList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const campaign = useCampaign();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const [q, setQ] = useState(filter.q);
  const [debounced] = useDebouncedValue(q, 250);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [exporting, setExporting] = useState<string | null>(null);
  const setFilter = (next: PeopleFilter) => {
    setParams(filterToParams(next), { replace: true });
    setPage(1);
  };
  // The search box writes the URL once the user pauses typing.
  useEffect(() => {
    if (debounced !== filter.q) setFilter({ ...filter, q: debounced });
  });
  const source = listSource(filter.q, activeCriteria(filter));
  const hits = useSearchPeople(campaign.id, source === "search" ? filter.q : "");
  const contacts = useContacts(campaign.id, filter, { limit: PAGE, offset: (page - 1) * PAGE });
  const count = useSegmentCount(campaign.id, filter);
  const query = source === "search" ? hits : contacts;
  const rows: PersonRow[] =
    source === "search" ? (hits.data ?? []).map(rowOfHit) : (contacts.data?.items ?? []).map(rowOfContact);
  const pages =
    source === "contacts" && contacts.data ? Math.max(1, Math.ceil(contacts.data.total / PAGE)) : 1;
  const onSelect = (keys: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  const onExport = () => {
    setExporting(null);
    downloadExport(campaign.id, filter, `contacts-${new Date().toISOString().slice(0, 10)}.csv`).catch(
      (e: Error) => setExporting(e.message),
    );
  };
  const n = (v: number) => formatInteger(v, lang);

  return (
    <>
      <PageHeader
        title={t("people.title")}
        subtitle={campaign.name}
        actions={
          <Group gap="xs">
            <Button component={Link} to="import" variant="default">
              {t("people.actions.import")}
            </Button>
            <Button component={Link} to="doublons" variant="default">
              {t("people.actions.duplicates")}
            </Button>
            <Button variant="default" onClick={onExport}>
              {t("people.actions.export")}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        {exporting && <ErrorAlert error={new Error(exporting)} />}
        <TextInput
          type="search"
          label={t("people.search.label")}
          description={t("people.search.hint")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          size="md"
          maw={560}
          autoComplete="off"
        />
        <PeopleFilters campaignId={campaign.id} filter={filter} onChange={setFilter} />
        <Stack gap={2} aria-live="polite" data-testid="people-count">
          <Text fw={600}>
            {count.data?.count != null
              ? t(activeCriteria(filter) > 0 ? "people.count" : "people.countAll", {
                  count: count.data.count,
                  n: n(count.data.count),
                })
              : "\u00a0"}
          </Text>
          <Text size="sm">
            {source === "search"
              ? hits.data && t("people.shown.search", { count: hits.data.length, n: n(hits.data.length) })
              : contacts.data &&
                t("people.shown.contacts", { count: contacts.data.total, n: n(contacts.data.total) })}
          </Text>
        </Stack>
        {selected.size > 0 && (
          <BulkTag campaignId={campaign.id} selected={selected} onDone={() => setSelected(new Set())} />
        )}
        {query.isPending && query.fetchStatus !== "idle" && <PageLoader />}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && rows.length === 0 && (
          <EmptyBlock
            title={t("people.empty.title")}
            description={
              source === "contacts" && (count.data?.count ?? 0) > 0
                ? t("people.empty.electorsOnly")
                : params.size > 0
                  ? t("people.empty.filtered")
                  : t("people.empty.text")
            }
          >
            <Button component={Link} to={`/campagnes/${campaign.id}/donnees`} variant="light">
              {t("people.empty.goData")}
            </Button>
            <Button component={Link} to="import" variant="light">
              {t("people.actions.import")}
            </Button>
          </EmptyBlock>
        )}
        {rows.length > 0 && (
          <PeopleTable campaignId={campaign.id} rows={rows} selected={selected} onSelect={onSelect} />
        )}
        {pages > 1 && (
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({
              "aria-label": t(`people.page.${control}`),
            })}
            getItemProps={(p) => ({ "aria-label": t("people.page.number", { page: p }) })}
          />
        )}
      </Stack>
    </>
  );
}
