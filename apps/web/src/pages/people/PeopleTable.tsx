import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { sortRows } from "../analysis/sortRows.ts";
import { type PersonRow, rowKey } from "./rows.ts";

type Column = "name" | "kind" | "bureau" | "birthYear" | "address";
type Direction = "ascending" | "descending";

const sortKey = (column: Column) => (r: PersonRow) =>
  column === "name"
    ? r.name
    : column === "kind"
      ? r.kind
      : column === "bureau"
        ? r.bureauCode
        : column === "birthYear"
          ? r.birthYear
          : r.address;

/**
 * The people of one page of the list, sortable by every column (a header is a button;
 * aria-sort says the order): a table at the desk, cards on a phone (with a "Trier par"
 * select), each name a link to the person's card, each contact a checkbox for bulk tagging.
 */
export function PeopleTable({
  campaignId,
  rows,
  selected,
  onSelect,
}: {
  campaignId: string;
  rows: readonly PersonRow[];
  selected: ReadonlySet<string>;
  onSelect: (keys: string[], on: boolean) => void;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({
    column: "name",
    direction: "ascending",
  });
  const sorted = sortRows(rows, sortKey(sort.column), sort.direction);
  const href = (r: PersonRow) =>
    `/campagnes/${campaignId}/personnes/${r.kind === "elector" ? "electeur" : "contact"}/${r.id}`;
  const taggable = rows.filter((r) => r.kind === "contact");
  const allOn = taggable.length > 0 && taggable.every((r) => selected.has(rowKey(r)));
  const someOn = taggable.some((r) => selected.has(rowKey(r)));
  const kindBadge = (r: PersonRow) => (
    <Badge variant="filled" color={r.kind === "elector" ? "blue.9" : "teal.9"} size="sm">
      {t(`people.kind.${r.kind}`)}
    </Badge>
  );
  const born = (r: PersonRow) => (r.birthYear ? t("people.born", { year: r.birthYear }) : "—");
  const tags = (r: PersonRow) =>
    r.tags.length > 0 ? (
      <Group gap={4}>
        {r.tags.map((tag) => (
          <Badge key={tag} variant="outline" color="gray.8" size="sm" tt="none">
            {tag}
          </Badge>
        ))}
      </Group>
    ) : null;
  const check = (r: PersonRow) =>
    r.kind !== "contact" ? null : (
      <Checkbox
        aria-label={t("people.list.select", { name: r.name })}
        checked={selected.has(rowKey(r))}
        onChange={(e) => onSelect([rowKey(r)], e.currentTarget.checked)}
      />
    );
  const selectAll =
    taggable.length === 0 ? null : (
      <Checkbox
        aria-label={t("people.list.selectPage")}
        checked={allOn}
        indeterminate={someOn && !allOn}
        onChange={(e) => onSelect(taggable.map(rowKey), e.currentTarget.checked)}
      />
    );

  if (!wide)
    return (
      <Stack gap="xs" data-testid="people-cards">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          {selectAll ? (
            <Group gap="xs" wrap="nowrap">
              {selectAll}
              <Text size="sm">{t("people.list.selectPageShort")}</Text>
            </Group>
          ) : (
            <span />
          )}
          <NativeSelect
            label={t("people.list.sortBy")}
            size="sm"
            value={`${sort.column}:${sort.direction}`}
            onChange={(e) => {
              const [column, direction] = e.currentTarget.value.split(":") as [Column, Direction];
              setSort({ column, direction });
            }}
            data={(["name", "bureau", "birthYear", "kind"] as const).flatMap((c) =>
              (["ascending", "descending"] as const).map((d) => ({
                value: `${c}:${d}`,
                label: `${t(`people.list.column.${c}`)} ${d === "ascending" ? "↑" : "↓"}`,
              })),
            )}
          />
        </Group>
        {sorted.map((r) => (
          <Paper key={rowKey(r)} withBorder p="sm" component="article" aria-label={r.name}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <div style={{ paddingTop: 4, width: 20, flexShrink: 0 }}>{check(r)}</div>
              <Stack gap={4} miw={0} style={{ flex: 1 }}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor component={Link} to={href(r)} fw={600} style={{ overflowWrap: "anywhere" }}>
                    {r.name}
                  </Anchor>
                  {kindBadge(r)}
                </Group>
                {(r.bureauCode || r.birthYear) && (
                  <Text size="sm">
                    {[
                      r.bureauCode ? t("people.bureau", { code: r.bureauCode }) : null,
                      r.birthYear ? born(r) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                )}
                {r.address && (
                  <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {r.address}
                  </Text>
                )}
                {tags(r)}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    );

  const header = (column: Column) => {
    const active = sort.column === column;
    return (
      <Table.Th scope="col" aria-sort={active ? sort.direction : "none"}>
        <UnstyledButton
          fw={600}
          fz="sm"
          onClick={() =>
            setSort({
              column,
              direction: active && sort.direction === "ascending" ? "descending" : "ascending",
            })
          }
        >
          {t(`people.list.column.${column}`)} {active ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder data-testid="people-table" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{selectAll}</Table.Th>
            {header("name")}
            {header("kind")}
            {header("bureau")}
            {header("birthYear")}
            {header("address")}
            <Table.Th scope="col">{t("people.list.column.tags")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={rowKey(r)}>
              <Table.Td>{check(r)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={href(r)} fw={600} size="sm">
                  {r.name}
                </Anchor>
                {r.birthName && (
                  <Text size="xs" c="dimmed">
                    {t("people.birthName", { name: r.birthName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{kindBadge(r)}</Table.Td>
              <Table.Td>{r.bureauCode ?? "—"}</Table.Td>
              <Table.Td>{r.birthYear ?? "—"}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.address || "—"}</Text>
              </Table.Td>
              <Table.Td>{tags(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
