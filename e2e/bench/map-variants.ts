/**
 * Diagnosis behind bench:map: the same MapLibre layers as the Carte page on a bare page, for
 * the 40- and 1,000-bureau communes, with MSAA (antialias), preserveDrawingBuffer and the
 * outline layer switched on or off (line=0), drawn from a minimum zoom only (lmin=12) or as
 * the fill's own 1-px outline (fo=1), with opaque fills (op=1), on a screen of 2 device pixels
 * per CSS pixel (dpr=2) with the map's pixelRatio forced to 1 (pr=1), to tell what a frame's cost comes from on software WebGL.
 * Usage: npx tsx e2e/bench/map-variants.ts ["n=1000&aa=0&pdb=1,..."]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { buildModel } from "../../packages/core/src/demo/build-model.ts";
import { writeBureauContours } from "../../packages/core/src/demo/write-geojson.ts";
import { launchBrowser } from "../harness.ts";
import { hoverLatencies, idleFrames, installProbes, panZoomFrames } from "./map-probe.ts";

const dist = "/work/main/node_modules/maplibre-gl/dist";
function geojson(n: number, voters: number): string {
  const f = `/tmp/diag-${n}.geojson`;
  if (!existsSync(f)) writeFileSync(f, writeBureauContours(buildModel({ seed: 2026, bureaux: n, voters })));
  return readFileSync(f, "utf8");
}
const data: Record<string, string> = { "40": geojson(40, 35000), "1000": geojson(1000, 400000) };
const html = `<!doctype html><html><head><link rel="stylesheet" href="/maplibre-gl.css"></head><body style="margin:0">
<div id="m" data-testid="bureaux-map" style="width:1000px;height:520px"></div>
<script type="module">
import { Map, Popup, setWorkerUrl, LngLatBounds } from "/maplibre-gl.mjs";
setWorkerUrl("/maplibre-gl-worker.mjs");
const q = new URLSearchParams(location.search);
const gj = await (await fetch("/data-" + q.get("n") + ".geojson")).json();
const colours = ["#fee5d9","#fcae91","#fb6a4a","#de2d26","#a50f15"];
gj.features.forEach((f, i) => { f.properties = { ...f.properties, code: String(i), fill: colours[i % 5], tooltip: "bureau " + i }; });
const map = new Map({ container: "m", style: { version: 8, sources: {}, layers: [{ id: "bg", type: "background", paint: { "background-color": "#f1f3f5" } }] },
  center: [2.35, 46.6], zoom: 5, attributionControl: false,
  ...(q.get("pr") ? { pixelRatio: Number(q.get("pr")) } : {}),
  canvasContextAttributes: { preserveDrawingBuffer: q.get("pdb") === "1", antialias: q.get("aa") === "1" } });
const popup = new Popup({ closeButton: false, closeOnClick: false });
map.on("load", () => {
  map.addSource("b", { type: "geojson", data: gj, promoteId: "code" });
  map.addLayer({ id: "f", type: "fill", source: "b", paint: { "fill-color": ["get", "fill"], "fill-opacity": Number(q.get("op") ?? 0.85) } });
  if (q.get("fo") === "1") map.setPaintProperty("f", "fill-outline-color", "#fff");
  if (q.get("line") !== "0") map.addLayer({ id: "l", type: "line", source: "b", minzoom: Number(q.get("lmin") ?? 0), paint: { "line-color": "#fff", "line-width": 1 } });
  const b = new LngLatBounds();
  for (const f of gj.features) for (const ring of (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)) for (const c of ring[0]) b.extend(c);
  map.fitBounds(b, { padding: 24, animate: false });
  map.on("mousemove", "f", (e) => { popup.setLngLat(e.lngLat).setText(String(e.features[0].properties.tooltip)).addTo(map); });
  map.once("idle", () => { window.ready = true; window.zoom = map.getZoom(); });
});
window.map = map;
</script></body></html>`;
const server = createServer((req, res) => {
  const u = new URL(req.url ?? "/", "http://x");
  if (u.pathname === "/") {
    res.setHeader("content-type", "text/html");
    res.end(html);
    return;
  }
  const m = /^\/data-(\d+)\.geojson$/.exec(u.pathname);
  if (m) {
    res.setHeader("content-type", "application/json");
    res.end(data[m[1]]);
    return;
  }
  const file = `${dist}${u.pathname}`;
  if (existsSync(file)) {
    res.setHeader("content-type", u.pathname.endsWith(".css") ? "text/css" : "text/javascript");
    res.end(readFileSync(file));
    return;
  }
  res.statusCode = 404;
  res.end();
}).listen(0);
await new Promise((r) => server.once("listening", r));
const port = (server.address() as { port: number }).port;
const browser = await launchBrowser({ webgl: true });
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const variants = (
  process.argv[2] ??
  "n=40&aa=1&pdb=1,n=1000&aa=1&pdb=1,n=1000&aa=0&pdb=1,n=1000&aa=1&pdb=1,n=1000&aa=0&pdb=1,n=1000&aa=0&pdb=0"
).split(",");
for (const v of variants) {
  const dpr = Number(new URLSearchParams(v).get("dpr") ?? 1);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: dpr });
  const page = await ctx.newPage();
  await installProbes(page);
  await page.goto(`http://127.0.0.1:${port}/?${v}`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, {
    timeout: 120000,
  });
  await page.waitForTimeout(500);
  const idle = await idleFrames(page, 1000);
  const frames = await panZoomFrames(page);
  // pure render cost: 20 forced repaints timed by the map's own render events
  const render = await page.evaluate(async () => {
    const map = (
      window as unknown as { map: { triggerRepaint: () => void; once: (e: string, f: () => void) => void } }
    ).map;
    const out: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await new Promise<void>((r) => {
        map.once("render", () => r());
        map.triggerRepaint();
      });
      out.push(performance.now() - t);
    }
    return out;
  });
  const hover = await hoverLatencies(page, 4);
  const zoom = await page.evaluate(() => (window as unknown as { zoom: number }).zoom);
  console.log(
    `${v.padEnd(28)} zoom ${zoom.toFixed(1)} idle ${q(idle, 0.5).toFixed(1)}  pan/zoom median ${q(frames, 0.5).toFixed(1)} p95 ${q(frames, 0.95).toFixed(1)} (n ${frames.length})  repaint median ${q(render, 0.5).toFixed(1)}  hover dom ${q(hover.dom, 0.5)?.toFixed(1)} painted ${q(hover.painted, 0.5)?.toFixed(1)}`,
  );
  await ctx.close();
}
await browser.close();
server.close();
