/** One line of the legend drawn under an exported map. */
export interface LegendEntry {
  color: string;
  label: string;
}

/**
 * The map as a PNG that stands on its own: the WebGL canvas (kept by preserveDrawingBuffer)
 * copied onto a 2D canvas with a title above and the legend below, and the demo mark when the
 * data are fictional.
 */
export function mapPngDataUrl(
  mapCanvas: HTMLCanvasElement,
  options: { title: string; legend: readonly LegendEntry[]; mark?: string },
): string {
  const ratio = mapCanvas.width / Math.max(1, mapCanvas.clientWidth || mapCanvas.width);
  const pad = Math.round(12 * ratio);
  const line = Math.round(22 * ratio);
  const width = mapCanvas.width;
  const height = mapCanvas.height + line * 3 + pad * 2;
  const out = document.createElement("canvas");
  out.width = width;
  out.height = height;
  const ctx = out.getContext("2d");
  if (!ctx) return mapCanvas.toDataURL("image/png");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#000000";
  ctx.font = `bold ${Math.round(16 * ratio)}px sans-serif`;
  ctx.textBaseline = "middle";
  ctx.fillText(options.title, pad, pad + line / 2);
  if (options.mark) {
    const w = ctx.measureText(options.mark).width;
    ctx.fillStyle = "#ffe066";
    ctx.fillRect(width - pad - w - pad, pad, w + pad, line);
    ctx.fillStyle = "#000000";
    ctx.fillText(options.mark, width - pad - w - pad / 2, pad + line / 2);
  }
  ctx.drawImage(mapCanvas, 0, pad + line);
  ctx.font = `${Math.round(13 * ratio)}px sans-serif`;
  let x = pad;
  let y = pad + line + mapCanvas.height + pad + line / 2;
  for (const entry of options.legend) {
    const w = ctx.measureText(entry.label).width + line * 1.6;
    if (x + w > width - pad) {
      x = pad;
      y += line;
    }
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, y - line / 3, line * 0.9, (line * 2) / 3);
    ctx.strokeStyle = "#868e96";
    ctx.strokeRect(x, y - line / 3, line * 0.9, (line * 2) / 3);
    ctx.fillStyle = "#000000";
    ctx.fillText(entry.label, x + line * 1.2, y);
    x += w + pad;
  }
  return out.toDataURL("image/png");
}
