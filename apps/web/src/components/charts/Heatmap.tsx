import { Box, Table, Text } from "@mantine/core";
import { type CSSProperties, useState } from "react";

/** One cell of a heatmap: the estimate and its interval, as shares in [0, 1]. */
export interface HeatCell {
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Light-to-dark blues for shares 0 … 1 (a single-hue sequential scale is readable with every
 * common colour vision deficiency); text turns white on the three darkest classes to keep AA contrast (≥ 4.5:1).
 */
const BLUES = [
  "#f7fbff",
  "#deebf7",
  "#c6dbef",
  "#9ecae1",
  "#6baed6",
  "#4292c6",
  "#2171b5",
  "#08519c",
  "#08306b",
];

export function heatColor(share: number | null): { background: string; color: string } {
  if (share === null || !Number.isFinite(share)) return { background: "#ffffff", color: "#495057" };
  const k = Math.max(0, Math.min(BLUES.length - 1, Math.floor(share * BLUES.length)));
  return { background: BLUES[k], color: k >= 6 ? "#ffffff" : "#000000" };
}

/** Out of sight but read by screen readers (the caption is shown above the scrolling box). */
const VISUALLY_HIDDEN: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/**
 * A heatmap as an HTML table (screen readers and keyboards read it as a table): each cell
 * shows the estimate and its interval in words; focusing or clicking a cell writes the
 * plain-language sentence below the table.
 */
export function Heatmap(props: {
  caption: string;
  corner: string;
  rows: readonly string[];
  cols: readonly string[];
  cells: readonly (readonly HeatCell[])[];
  format: (cell: HeatCell) => { main: string; range: string | null };
  describe: (row: number, col: number) => string;
  testId?: string;
}) {
  const [active, setActive] = useState<[number, number] | null>(null);
  return (
    <Box>
      {/* The title is shown above the scrolling box, where it wraps on a phone; the caption
          inside stays for screen readers, which then read it once. */}
      <Text fw={600} fz="sm" pb={6} aria-hidden="true">
        {props.caption}
      </Text>
      <Box style={{ overflowX: "auto" }}>
        <Table
          withTableBorder
          withColumnBorders
          fz="sm"
          data-testid={props.testId}
          miw={props.cols.length * 84 + 180}
        >
          <caption style={VISUALLY_HIDDEN}>{props.caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ minWidth: 160 }}>
                {props.corner}
              </Table.Th>
              {props.cols.map((c) => (
                <Table.Th key={c} scope="col" ta="center" style={{ verticalAlign: "bottom" }}>
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((r, i) => (
              <Table.Tr key={r}>
                <Table.Th scope="row">{r}</Table.Th>
                {props.cols.map((c, j) => {
                  const cell = props.cells[i]?.[j] ?? { value: null, lower: null, upper: null };
                  const { background, color } = heatColor(cell.value);
                  const text = props.format(cell);
                  const isActive = active?.[0] === i && active?.[1] === j;
                  return (
                    <Table.Td
                      key={c}
                      ta="center"
                      tabIndex={0}
                      title={props.describe(i, j)}
                      onFocus={() => setActive([i, j])}
                      onClick={() => setActive([i, j])}
                      style={{
                        background,
                        color,
                        cursor: "pointer",
                        outline: isActive ? "3px solid #e8590c" : undefined,
                        outlineOffset: -3,
                      }}
                    >
                      <div style={{ fontWeight: 700 }}>{text.main}</div>
                      {text.range && <div style={{ fontSize: 11 }}>[{text.range}]</div>}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Text size="sm" mt="xs" aria-live="polite" data-testid="cell-sentence" mih={22}>
        {active ? props.describe(active[0], active[1]) : ""}
      </Text>
    </Box>
  );
}
