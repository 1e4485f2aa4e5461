import { Group, Stack, Text } from "@mantine/core";
import { type Classes, NO_DATA, SEQUENTIAL } from "./colorScale.ts";

/** The legend of a choropleth: one swatch per class with its range, and "no data". */
export function Legend(props: {
  title: string;
  classes: Classes | null;
  format: (value: number) => string;
  noData: string;
}) {
  const { classes } = props;
  const bounds = classes ? [classes.min, ...classes.breaks, classes.max] : [];
  return (
    <Stack gap={4} aria-label={props.title} role="group">
      <Text size="sm" fw={600}>
        {props.title}
      </Text>
      <Group gap="xs" wrap="wrap">
        {classes &&
          SEQUENTIAL.map((color, k) => (
            <Group key={color} gap={4} wrap="nowrap">
              <span
                aria-hidden
                style={{
                  width: 18,
                  height: 14,
                  background: color,
                  border: "1px solid #868e96",
                  display: "inline-block",
                }}
              />
              <Text size="xs">
                {props.format(bounds[k])} – {props.format(bounds[k + 1])}
              </Text>
            </Group>
          ))}
        <Group gap={4} wrap="nowrap">
          <span
            aria-hidden
            style={{
              width: 18,
              height: 14,
              background: NO_DATA,
              border: "1px solid #868e96",
              display: "inline-block",
            }}
          />
          <Text size="xs">{props.noData}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
