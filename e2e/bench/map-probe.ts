/**
 * In-page probes of the Carte page for the map benchmark: when the map canvas first shows
 * bureaux, requestAnimationFrame deltas during a scripted pan and zoom, and the delay from a
 * mouse move to the tooltip's update (and to the next frame after it).
 */
import type { Page } from "playwright-core";

/**
 * Installed before the page's own scripts: a frame recorder and a tooltip watcher. Plain
 * JavaScript text: tsx would wrap named functions of a TypeScript callback in a `__name`
 * helper that the page does not have.
 */
const PROBES = `
(() => {
  let frames = [];
  let recording = false;
  function tick(t) {
    if (!recording) return;
    frames.push(t);
    requestAnimationFrame(tick);
  }
  window.__startFrames = () => { frames = []; recording = true; requestAnimationFrame(tick); };
  window.__stopFrames = () => { recording = false; return frames.slice(1).map((t, i) => t - frames[i]); };
  const hover = { move: null, dom: null, painted: null };
  window.__hover = hover;
  window.__armHover = () => { hover.move = null; hover.dom = null; hover.painted = null; };
  window.addEventListener("mousemove", (e) => { if (hover.move === null) hover.move = e.timeStamp; }, true);
  new MutationObserver((mutations) => {
    if (hover.move === null || hover.dom !== null) return;
    const inPopup = mutations.some((m) => {
      const target = m.target instanceof Element ? m.target : m.target.parentElement;
      if (target && target.closest(".maplibregl-popup")) return true;
      return [...m.addedNodes].some((n) => n instanceof Element && n.matches(".maplibregl-popup"));
    });
    if (!inPopup) return;
    hover.dom = performance.now();
    requestAnimationFrame(() => { hover.painted = performance.now(); });
  }).observe(document, { subtree: true, childList: true, characterData: true });
  const card = { click: null, opened: null, shown: null, testId: "" };
  window.__card = card;
  window.__armCard = (testId) => { card.click = null; card.opened = null; card.shown = null; card.testId = testId; };
  window.addEventListener("click", (e) => { if (card.click === null) card.click = e.timeStamp; }, true);
  new MutationObserver(() => {
    if (card.click === null || card.shown !== null || !card.testId) return;
    if (card.opened === null && document.querySelector('[role="dialog"]')) card.opened = performance.now();
    if (document.querySelector('[data-testid="' + card.testId + '"]')) card.shown = performance.now();
  }).observe(document, { subtree: true, childList: true });
})();
`;

/** Adds the probes to every document the page opens from now on. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBES });
}

/**
 * Milliseconds from the start of the navigation until the map canvas shows bureaux: at least
 * `minShare` of a downscaled copy of the canvas is neither background, white nor transparent.
 */
export async function waitForPaintedMap(page: Page, minShare = 0.05, timeoutMs = 180_000): Promise<number> {
  const handle = await page.waitForFunction(
    (share) => {
      const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
      if (!canvas || canvas.width === 0) return false;
      const copy = document.createElement("canvas");
      copy.width = 80;
      copy.height = 50;
      const ctx = copy.getContext("2d");
      if (!ctx) return false;
      ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        const light = data[i] > 235 && data[i + 1] > 235 && data[i + 2] > 235;
        if (data[i + 3] > 0 && !light) painted++;
      }
      return painted / (copy.width * copy.height) >= share ? performance.now() : false;
    },
    minShare,
    { polling: 20, timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** The GeoJSON response as the browser saw it: bytes on the wire, decoded, and when it ended. */
export function bureauxResource(
  page: Page,
): Promise<{ transfer: number; decoded: number; end: number } | null> {
  return page.evaluate(() => {
    const entry = performance
      .getEntriesByType("resource")
      .find((e) => /\/api\/campaigns\/[^/]+\/bureaux(\?|$)/.test(e.name)) as
      | PerformanceResourceTiming
      | undefined;
    return entry
      ? { transfer: entry.transferSize, decoded: entry.decodedBodySize, end: entry.responseEnd }
      : null;
  });
}

/**
 * Frame deltas (ms) of the page at rest for a given time: the cadence the browser keeps on
 * this machine with nothing to draw, the baseline for the pan and zoom figures.
 */
export async function idleFrames(page: Page, ms = 1500): Promise<number[]> {
  await page.evaluate(() => (window as unknown as { __startFrames: () => void }).__startFrames());
  await page.waitForTimeout(ms);
  return page.evaluate(() => (window as unknown as { __stopFrames: () => number[] }).__stopFrames());
}

/** Frame deltas (ms) while dragging the map around and zooming in and out with the wheel. */
export async function panZoomFrames(page: Page): Promise<number[]> {
  const box = await page.getByTestId("bureaux-map").boundingBox();
  if (!box) throw new Error("no map on the page");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => (window as unknown as { __startFrames: () => void }).__startFrames());
  for (const [dx, dy] of [
    [220, 90],
    [-300, -60],
    [80, -30],
  ]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: 25 });
    await page.mouse.up();
  }
  for (const delta of [-240, -240, -240, 240, 240, 240]) {
    await page.mouse.move(cx + delta / 8, cy);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __stopFrames: () => number[] }).__stopFrames());
}

/**
 * Hover latency at a grid of points over the map: from the mouse event to the tooltip's DOM
 * update, and to the first animation frame after it. Before each point the pointer leaves the
 * map (the tooltip closes), so each measure is "pointer enters a polygon → its tooltip shows".
 * Points where no tooltip showed within a second (outside every polygon) are counted as misses.
 */
export async function hoverLatencies(
  page: Page,
  grid = 6,
): Promise<{ dom: number[]; painted: number[]; misses: number }> {
  const box = await page.getByTestId("bureaux-map").boundingBox();
  if (!box) throw new Error("no map on the page");
  const dom: number[] = [];
  const painted: number[] = [];
  let misses = 0;
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const x = box.x + box.width * (0.2 + (0.6 * i) / (grid - 1));
      const y = box.y + box.height * (0.2 + (0.6 * j) / (grid - 1));
      await page.mouse.move(box.x + box.width / 2, Math.max(0, box.y - 40));
      await page.waitForTimeout(50);
      await page.evaluate(() => (window as unknown as { __armHover: () => void }).__armHover());
      await page.mouse.move(x, y);
      const got = await page
        .waitForFunction(
          () => {
            const h = (
              window as unknown as {
                __hover: { move: number | null; dom: number | null; painted: number | null };
              }
            ).__hover;
            return h.painted !== null && h.move !== null && h.dom !== null
              ? { move: h.move, dom: h.dom, painted: h.painted }
              : false;
          },
          undefined,
          { polling: 10, timeout: 1000 },
        )
        .then((h) => h.jsonValue() as Promise<{ move: number; dom: number; painted: number }>)
        .catch(() => null);
      if (!got) {
        misses++;
        continue;
      }
      dom.push(got.dom - got.move);
      painted.push(got.painted - got.move);
    }
  }
  return { dom, painted, misses };
}

/**
 * Click latency at a few points of the map: from the click to the drawer opening (the first
 * feedback, a loader), and to the card (bureau or IRIS, by its test id) being in the page,
 * which includes the card's request to the server. The card is closed (Escape) between
 * clicks. Clicks that open nothing within 10 s are misses.
 */
export async function clickLatencies(
  page: Page,
  testId: string,
  points: readonly (readonly [number, number])[] = [
    [0.5, 0.5],
    [0.35, 0.4],
    [0.65, 0.6],
    [0.4, 0.65],
    [0.6, 0.35],
  ],
): Promise<{ opened: number[]; shown: number[]; misses: number }> {
  const box = await page.getByTestId("bureaux-map").boundingBox();
  if (!box) throw new Error("no map on the page");
  const shown: number[] = [];
  const opened: number[] = [];
  let misses = 0;
  for (const [fx, fy] of points) {
    await page.evaluate(
      (id) => (window as unknown as { __armCard: (id: string) => void }).__armCard(id),
      testId,
    );
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    const got = await page
      .waitForFunction(
        () => {
          const c = (
            window as unknown as {
              __card: { click: number | null; opened: number | null; shown: number | null };
            }
          ).__card;
          return c.click !== null && c.shown !== null
            ? { shown: c.shown - c.click, opened: (c.opened ?? c.shown) - c.click }
            : false;
        },
        undefined,
        { polling: 20, timeout: 10_000 },
      )
      .then((h) => h.jsonValue() as Promise<{ shown: number; opened: number }>)
      .catch(() => null);
    if (got === null) misses++;
    else {
      shown.push(got.shown);
      opened.push(got.opened);
    }
    await page.keyboard.press("Escape");
    await page
      .getByTestId(testId)
      .waitFor({ state: "detached", timeout: 5000 })
      .catch(() => undefined);
  }
  return { opened, shown, misses };
}
