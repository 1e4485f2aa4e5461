import "maplibre-gl/dist/maplibre-gl.css";
import {
  type GeoJSONSource,
  LngLatBounds,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  type StyleSpecification,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useEffect, useRef } from "react";

setWorkerUrl(workerUrl);

/** A bureau polygon to draw: its code, its fill colour and the tooltip line. */
export interface MapFeature {
  code: string;
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] } | null;
  fill: string;
  tooltip: string;
}

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

type SourceData = Parameters<GeoJSONSource["setData"]>[0];

/** The IRIS layer: its polygons, and whether it outlines the bureaux or replaces them. */
export interface IrisLayer {
  features: readonly MapFeature[];
  mode: "outline" | "fill";
}

/** Shows or hides the bureau and IRIS layers for the chosen IRIS mode. */
function applyIris(map: MapLibreMap, iris: IrisLayer | null | undefined): void {
  (map.getSource("iris") as GeoJSONSource | undefined)?.setData(collection(iris?.features ?? []));
  const show = (id: string, on: boolean) => map.setLayoutProperty(id, "visibility", on ? "visible" : "none");
  const fill = iris?.mode === "fill";
  for (const id of ["bureaux-fill", "bureaux-line", "bureaux-selected"]) show(id, !fill);
  show("iris-fill", fill);
  show("iris-line", Boolean(iris));
}

function collection(features: readonly MapFeature[]): SourceData {
  return {
    type: "FeatureCollection",
    features: features
      .filter((f) => f.geometry)
      .map((f) => ({
        type: "Feature",
        geometry: f.geometry,
        properties: { code: f.code, fill: f.fill, tooltip: f.tooltip },
      })),
  } as SourceData;
}

function boundsOf(features: readonly MapFeature[]): LngLatBounds | null {
  const bounds = new LngLatBounds();
  let any = false;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number") {
      bounds.extend([c[0], c[1]]);
      any = true;
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  for (const f of features) visit(f.geometry?.coordinates);
  return any ? bounds : null;
}

/**
 * The commune's bureaux on a MapLibre map (WebGL). The canvas keeps its drawing buffer so that
 * the map can be exported as PNG. Hover shows the tooltip line; a click selects a bureau.
 */
export function BureauxMap(props: {
  features: readonly MapFeature[];
  selected: string | null;
  onSelect: (code: string) => void;
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
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    map.touchZoomRotate.disableRotation();
    mapRef.current = map;
    const popup = new Popup({ closeButton: false, closeOnClick: false, maxWidth: "280px" });
    map.on("load", () => {
      loaded.current = true;
      map.addSource("bureaux", {
        type: "geojson",
        data: collection(latest.current.features),
        promoteId: "code",
      });
      map.addLayer({
        id: "bureaux-fill",
        type: "fill",
        source: "bureaux",
        paint: { "fill-color": ["get", "fill"], "fill-opacity": 0.85 },
      });
      map.addLayer({
        id: "bureaux-line",
        type: "line",
        source: "bureaux",
        paint: { "line-color": "#ffffff", "line-width": 1 },
      });
      map.addLayer({
        id: "bureaux-selected",
        type: "line",
        source: "bureaux",
        filter: ["==", ["get", "code"], latest.current.selected ?? ""],
        paint: { "line-color": "#e8590c", "line-width": 3.5 },
      });
      map.addSource("iris", { type: "geojson", data: collection([]) });
      map.addLayer({
        id: "iris-fill",
        type: "fill",
        source: "iris",
        paint: { "fill-color": ["get", "fill"], "fill-opacity": 0.85 },
      });
      map.addLayer({
        id: "iris-line",
        type: "line",
        source: "iris",
        paint: { "line-color": "#212529", "line-width": 1.5, "line-dasharray": [3, 2] },
      });
      applyIris(map, latest.current.iris);
      const bounds = boundsOf(latest.current.features);
      if (bounds) map.fitBounds(bounds, { padding: 24, animate: false });
      latest.current.onReady?.(map);
    });
    map.on("mousemove", "bureaux-fill", (e) => {
      const f = e.features?.[0];
      if (!f) return;
      map.getCanvas().style.cursor = "pointer";
      popup
        .setLngLat(e.lngLat)
        .setText(String(f.properties.tooltip ?? ""))
        .addTo(map);
    });
    map.on("mouseleave", "bureaux-fill", () => {
      map.getCanvas().style.cursor = "";
      popup.remove();
    });
    map.on("mousemove", "iris-fill", (e) => {
      const f = e.features?.[0];
      if (!f) return;
      popup
        .setLngLat(e.lngLat)
        .setText(String(f.properties.tooltip ?? ""))
        .addTo(map);
    });
    map.on("mouseleave", "iris-fill", () => popup.remove());
    map.on("click", "bureaux-fill", (e) => {
      const code = e.features?.[0]?.properties.code;
      if (typeof code === "string") latest.current.onSelect(code);
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
    map.setFilter("bureaux-selected", ["==", ["get", "code"], props.selected ?? ""]);
  }, [props.selected]);

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
