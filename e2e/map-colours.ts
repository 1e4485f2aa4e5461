import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * The distinct colours drawn on the map's canvas (RGB at 4 bits a channel, each seen at
 * least 50 times in a sample of pixels), leaving out the background, white outlines and
 * transparency: an empty or unpainted map gives none.
 */
export function mapColours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
    if (!canvas) return [];
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext("2d");
    if (!ctx) return [];
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const seen = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r, g, b] = [data[i] >> 4, data[i + 1] >> 4, data[i + 2] >> 4];
      const key = `${r},${g},${b}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    // #f1f3f5 background → (15,15,15); white outlines → (15,15,15); empty → (0,0,0) with alpha 0
    seen.delete("15,15,15");
    seen.delete("0,0,0");
    return [...seen.entries()].filter(([, n]) => n > 50).map(([k]) => k);
  });
}

/**
 * On the Carte page: switches the map to the IRIS layer and waits until its legend (the
 * default indicator) is there and the IRIS are painted in at least three colours.
 */
export async function showIrisLayer(page: Page): Promise<void> {
  await page.getByText("IRIS", { exact: true }).click();
  await page.getByRole("group", { name: "Part des 65 ans ou plus" }).waitFor();
  await expect
    .poll(async () => (await mapColours(page)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(3);
}
