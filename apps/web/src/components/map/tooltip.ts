import type { Map as MapLibreMap, Popup } from "maplibre-gl";

/**
 * The hover tooltip of the map's fill layers: the popup follows the pointer, and its text is
 * replaced only when the pointer enters another polygon, so that moving inside one polygon
 * touches no DOM text and React never renders on mousemove.
 */
export function bindTooltip(map: MapLibreMap, popup: Popup, layers: readonly string[]): void {
  let text: string | null = null;
  for (const layer of layers) {
    map.on("mousemove", layer, (e) => {
      const f = e.features?.[0];
      if (!f) return;
      map.getCanvas().style.cursor = "pointer";
      const next = String(f.properties.tooltip ?? "");
      popup.setLngLat(e.lngLat);
      if (next !== text || !popup.isOpen()) {
        popup.setText(next);
        text = next;
      }
      if (!popup.isOpen()) popup.addTo(map);
    });
    map.on("mouseleave", layer, () => {
      map.getCanvas().style.cursor = "";
      popup.remove();
      text = null;
    });
  }
}
