/**
 * WCAG 2.2 contrast check (success criterion 1.4.3) of the text on screen: for every
 * visible element holding text, the contrast ratio between its colour and the background
 * behind it (ancestors' backgrounds blended, white at the root) must reach 4.5:1, or 3:1
 * for large text (≥ 24 px, or ≥ 18.66 px bold). Disabled controls are exempt, as in WCAG.
 */
import type { Page } from "playwright-core";

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

export function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/.exec(css);
      if (!m) return null;
      const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
      return [Number(m[1]), Number(m[2]), Number(m[3]), a];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => [
      top[0] * top[3] + bottom[0] * (1 - top[3]),
      top[1] * top[3] + bottom[1] * (1 - top[3]),
      top[2] * top[3] + bottom[2] * (1 - top[3]),
      1,
    ];
    const background = (el: Element | null): Rgba => {
      const chain: Rgba[] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) chain.push(c);
        if (c && c[3] >= 1) break;
      }
      return chain.reduceRight<Rgba>((acc, c) => over(c, acc), [255, 255, 255, 1]);
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const failures: ContrastFailure[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      if (!own) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (
        style.visibility !== "visible" ||
        Number(style.opacity) === 0 ||
        box.width === 0 ||
        box.height === 0
      )
        continue;
      if (el.closest("[disabled], [aria-disabled='true'], [data-disabled], [aria-hidden='true']")) continue;
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = background(el);
      const color = over(fg, bg);
      const [l1, l2] = [luminance(color), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed - 0.005) {
        failures.push({
          text: (el.textContent ?? "").trim().slice(0, 60),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: style.color,
          background: `rgb(${bg.slice(0, 3).map(Math.round).join(", ")})`,
        });
      }
    }
    return failures;
  });
}
