import { EmptyState } from "@mantine/core";
import type { ReactNode } from "react";

/** An empty state that says what to do next, with a real heading for screen readers. */
export function EmptyBlock(props: {
  title: string;
  description: ReactNode;
  order?: 1 | 2 | 3;
  icon?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <EmptyState variant={props.icon ? "light" : undefined} py="xl">
      {props.icon && <EmptyState.Indicator>{props.icon}</EmptyState.Indicator>}
      <EmptyState.Title order={props.order ?? 2}>{props.title}</EmptyState.Title>
      <EmptyState.Description maw={560}>{props.description}</EmptyState.Description>
      {props.children && <EmptyState.Actions>{props.children}</EmptyState.Actions>}
    </EmptyState>
  );
}
