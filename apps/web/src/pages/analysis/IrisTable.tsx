import { Button, ScrollArea, Table, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IrisProperties } from "../../api/types.ts";
import { formatIris, IRIS_INDICATORS, type IrisIndicator, irisValue } from "./irisIndicators.ts";
import { sortRows } from "./sortRows.ts";

type Column = "code" | IrisIndicator;

/**
 * The IRIS with their census figures, sortable by every column: the IRIS map said as a table.
 * Each IRIS name is a button that opens its card, as a click on the map does.
 */
export function IrisTable(props: { rows: readonly IrisProperties[]; onSelect?: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [sort, setSort] = useState<{ column: Column; direction: "ascending" | "descending" }>({
    column: "code",
    direction: "ascending",
  });
  const key = (r: IrisProperties): number | string | null =>
    sort.column === "code" ? r.code : irisValue(r, sort.column);
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
      <Table striped miw={900} data-testid="iris-table" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {header("code", t("analysis.iris.table.iris"))}
            {IRIS_INDICATORS.map((i) => header(i, t(`analysis.iris.indicator.${i}.short`)))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortRows(props.rows, key, sort.direction).map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td>
                {props.onSelect ? (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    px={4}
                    aria-label={t("analysis.iris.card.open", {
                      code: r.name ? `${r.code} · ${r.name}` : r.code,
                    })}
                    onClick={() => props.onSelect?.(r.code)}
                  >
                    {r.name ? `${r.code} · ${r.name}` : r.code}
                  </Button>
                ) : r.name ? (
                  `${r.code} · ${r.name}`
                ) : (
                  r.code
                )}
              </Table.Td>
              {IRIS_INDICATORS.map((i) => (
                <Table.Td key={i}>{formatIris(irisValue(r, i), i, lang)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
