import { type CSSVariablesResolver, createTheme } from "@mantine/core";

/**
 * Mantine theme. Shade 8 of blue (≈ 5:1 against white) is the primary colour so that
 * white text on filled buttons and blue links on white pass WCAG AA; the dimmed text
 * colour is darkened to gray 7 (≈ 8:1) for the same reason, and so is the text of yellow
 * (warning) alerts. The focus ring shows for
 * keyboard users (:focus-visible) on every control. System fonts only: no external font.
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 5 },
  focusRing: "auto",
  defaultRadius: "md",
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: "700" },
  cursorType: "pointer",
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": t.colors.gray[7],
    "--mantine-color-placeholder": t.colors.gray[7],
    // Text of light yellow surfaces (warning alerts): Mantine's yellow 9 reads at 2.7:1
    // on yellow 0; this amber brown reads at about 6:1.
    "--mantine-color-yellow-light-color": "#7a4a00",
  },
  dark: {},
});
