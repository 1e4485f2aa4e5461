import { Button, ScrollArea, Table, Text, UnstyledButton } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BureauProperties } from "../../api/types.ts";
import { IntervalBar } from "../../components/charts/IntervalBar.tsx";
import { formatIndicator, INDICATORS, type Indicator, indicatorValue } from "./indicators.ts";
import { decimal } from "./numbers.ts";
import { sortRows } from "./sortRows.ts";

type Column = "rank" | "code" | Indicator;

/**
 * The bureau's name wraps on a phone (under Mantine's sm breakpoint, 48em), so that the rank,
 * the name and the votes per 100 doors fit the screen's width before the table scrolls
 * sideways; on a wider screen it keeps one line.
 */
const NAME_WIDTH = 150;

/**
 * The bureaux ranked by priority, sortable by every column (click a header; aria-sort says
 * the order): the same figures as the map, so nothing is said by colour alone.
 */
export function BureauxTable(props: {
  rows: readonly BureauProperties[];
  onSelect?: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [sort, setSort] = useState<{ column: Column; direction: "ascending" | "descending" }>({
    column: "rank",
    direction: "ascending",
  });
  const key = (r: BureauProperties): number | string | null =>
    sort.column === "rank" ? r.rank : sort.column === "code" ? r.code : indicatorValue(r, sort.column);
  const sorted = sortRows(props.rows, key, sort.direction);
  const maxUpper = Math.max(0, ...props.rows.map((r) => (r.priorityUpper ?? r.priority ?? 0) * 100));
  const header = (column: Column, label: string) => {
    const active = sort.column === column;
    return (
      <Table.Th key={column} aria-sort={active ? sort.direction : "none"}>
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
          {label} {active ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover miw={760} data-testid="bureaux-table" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {header("rank", t("analysis.table.rank"))}
            {header("code", t("analysis.table.bureau"))}
            {INDICATORS.map((i) => header(i, t(`analysis.indicator.${i}.short`)))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td>{r.rank ?? "—"}</Table.Td>
              <Table.Td>
                {props.onSelect ? (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    maw={wide ? undefined : NAME_WIDTH}
                    h={wide ? undefined : "auto"}
                    py={wide ? undefined : 2}
                    styles={{
                      label: wide ? {} : { whiteSpace: "normal", textAlign: "left", lineHeight: 1.3 },
                    }}
                    onClick={() => props.onSelect?.(r.code)}
                  >
                    {r.name ? `${r.code} · ${r.name}` : r.code}
                  </Button>
                ) : (
                  <Text size="sm" maw={wide ? undefined : NAME_WIDTH}>
                    {r.name ? `${r.code} · ${r.name}` : r.code}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                  {formatIndicator(indicatorValue(r, "priority"), "priority", lang)}{" "}
                  {r.priorityLower !== null && r.priorityUpper !== null && (
                    <Text span size="xs" c="dimmed">
                      {t("analysis.between", {
                        lower: decimal(r.priorityLower * 100, 1, lang),
                        upper: decimal(r.priorityUpper * 100, 1, lang),
                      })}
                    </Text>
                  )}
                </Text>
                <IntervalBar
                  value={r.priority === null ? null : r.priority * 100}
                  lower={r.priorityLower === null ? null : r.priorityLower * 100}
                  upper={r.priorityUpper === null ? null : r.priorityUpper * 100}
                  max={maxUpper}
                />
              </Table.Td>
              {INDICATORS.filter((i) => i !== "priority").map((i) => (
                <Table.Td key={i}>{formatIndicator(indicatorValue(r, i), i, lang)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
