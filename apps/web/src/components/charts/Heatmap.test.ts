import { describe, expect, it } from "vitest";
import { heatColor } from "./Heatmap.tsx";

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((k) => {
      const c = Number.parseInt(hex.slice(k, k + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("heatmap colours", () => {
  it("darkens with the share and keeps text at WCAG AA contrast (4.5:1) in every class", () => {
    for (let s = 0; s <= 1; s += 0.05) {
      const { background, color } = heatColor(s);
      expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
    }
    expect(heatColor(0).background).not.toBe(heatColor(0.95).background);
  });
  it("leaves a missing value white", () => {
    expect(heatColor(null).background).toBe("#ffffff");
  });
});
