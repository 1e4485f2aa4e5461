import "maplibre-gl/dist/maplibre-gl.css";
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  type StyleSpecification,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useRef } from "react";
import {
  addMapLayers,
  applyIris,
  applySelection,
  boundsOf,
  collection,
  type IrisLayer,
  type MapFeature,
} from "./mapLayers.ts";
import { renderOptions } from "./renderOptions.ts";
import { bindTooltip } from "./tooltip.ts";

setWorkerUrl(workerUrl);

export type { IrisLayer, MapFeature };

/**
 * No external tiles: a blank background and the bureaux. A base map may be given at build
 * time as an XYZ raster URL template (VITE_TERRAIN_BASEMAP, e.g. a campaign's own tile server).
 */
function blankStyle(): StyleSpecification {
  const tiles = import.meta.env.VITE_TERRAIN_BASEMAP as string | undefined;
  return {
    version: 8,
    sources: tiles ? { base: { type: "raster", tiles: [tiles], tileSize: 256 } } : {},
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#f1f3f5" } },
      ...(tiles ? [{ id: "base", type: "raster" as const, source: "base" }] : []),
    ],
  };
}

/**
 * The commune's bureaux on a MapLibre map (WebGL). The canvas keeps its drawing buffer so that
 * the map can be exported as PNG. Hover shows the tooltip line; a click selects a bureau, or
 * an IRIS when the IRIS are filled instead of the bureaux.
 */
export function BureauxMap(props: {
  features: readonly MapFeature[];
  selected: string | null;
  onSelect: (code: string) => void;
  selectedIris?: string | null;
  onSelectIris?: (code: string) => void;
  onReady?: (map: MapLibreMap) => void;
  label: string;
  height?: number | string;
  /** IRIS polygons: drawn as dashed outlines over the bureaux, or filled instead of them. */
  iris?: IrisLayer | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const loaded = useRef(false);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({
      container: container.current,
      style: blankStyle(),
      center: [2.35, 46.6],
      zoom: 5,
      attributionControl: false,
      ...renderOptions(),
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    map.touchZoomRotate.disableRotation();
    mapRef.current = map;
    const popup = new Popup({ closeButton: false, closeOnClick: false, maxWidth: "280px" });
    map.on("load", () => {
      loaded.current = true;
      addMapLayers(map, latest.current.features);
      applyIris(map, latest.current.iris);
      applySelection(map, latest.current.selected, latest.current.selectedIris ?? null);
      const bounds = boundsOf(latest.current.features);
      if (bounds) map.fitBounds(bounds, { padding: 24, animate: false });
      latest.current.onReady?.(map);
    });
    bindTooltip(map, popup, ["bureaux-fill", "iris-fill"]);
    map.on("click", "bureaux-fill", (e) => {
      const code = e.features?.[0]?.properties.code;
      if (typeof code === "string") latest.current.onSelect(code);
    });
    map.on("click", "iris-fill", (e) => {
      const code = e.features?.[0]?.properties.code;
      if (typeof code === "string") latest.current.onSelectIris?.(code);
    });
    const resize = new ResizeObserver(() => map.resize());
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      popup.remove();
      map.remove();
      mapRef.current = null;
      loaded.current = false;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    (map.getSource("bureaux") as GeoJSONSource | undefined)?.setData(collection(props.features));
  }, [props.features]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    applyIris(map, props.iris);
  }, [props.iris]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    applySelection(map, props.selected, props.selectedIris ?? null);
  }, [props.selected, props.selectedIris]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={props.label}
      data-testid="bureaux-map"
      style={{ width: "100%", height: props.height ?? 520, borderRadius: 8, overflow: "hidden" }}
    />
  );
}
