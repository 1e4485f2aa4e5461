import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { LngLatBounds } from "maplibre-gl";

/** A polygon to draw (bureau or IRIS): its code, its fill colour and the tooltip line. */
export interface MapFeature {
  code: string;
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] } | null;
  fill: string;
  tooltip: string;
}

/** The IRIS layer: its polygons, and whether it outlines the bureaux or replaces them. */
export interface IrisLayer {
  features: readonly MapFeature[];
  mode: "outline" | "fill";
}

type SourceData = Parameters<GeoJSONSource["setData"]>[0];

export function collection(features: readonly MapFeature[]): SourceData {
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

export function boundsOf(features: readonly MapFeature[]): LngLatBounds | null {
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

const isCode = (code: string | null | undefined): FilterSpecification => ["==", ["get", "code"], code ?? ""];

/**
 * The sources and layers of the map: bureaux (fill, white outlines, the selected one in
 * orange) and IRIS (fill, dashed outlines, the selected one). The white bureau outlines are
 * the fill layer's own 1-pixel outline (drawn anyway by its default fill-antialias, so free),
 * and a wider line layer is added from zoom 12 only: at the zoom a commune of 1,000 bureaux
 * fits in (about 10), that line layer cost a software renderer a quarter of each frame
 * (e2e/bench/map-variants.ts).
 */
export function addMapLayers(map: MapLibreMap, features: readonly MapFeature[]): void {
  map.addSource("bureaux", { type: "geojson", data: collection(features), promoteId: "code" });
  map.addLayer({
    id: "bureaux-fill",
    type: "fill",
    source: "bureaux",
    paint: { "fill-color": ["get", "fill"], "fill-opacity": 0.85, "fill-outline-color": "#ffffff" },
  });
  map.addLayer({
    id: "bureaux-line",
    type: "line",
    source: "bureaux",
    minzoom: 12,
    paint: { "line-color": "#ffffff", "line-width": 1 },
  });
  map.addLayer({
    id: "bureaux-selected",
    type: "line",
    source: "bureaux",
    filter: isCode(null),
    paint: { "line-color": "#e8590c", "line-width": 3.5 },
  });
  map.addSource("iris", { type: "geojson", data: collection([]), promoteId: "code" });
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
  map.addLayer({
    id: "iris-selected",
    type: "line",
    source: "iris",
    filter: isCode(null),
    paint: { "line-color": "#e8590c", "line-width": 3.5 },
  });
}

/** Outlines the selected bureau and the selected IRIS. */
export function applySelection(map: MapLibreMap, bureau: string | null, iris: string | null): void {
  map.setFilter("bureaux-selected", isCode(bureau));
  map.setFilter("iris-selected", isCode(iris));
}

/** Shows or hides the bureau and IRIS layers for the chosen IRIS mode. */
export function applyIris(map: MapLibreMap, iris: IrisLayer | null | undefined): void {
  (map.getSource("iris") as GeoJSONSource | undefined)?.setData(collection(iris?.features ?? []));
  const show = (id: string, on: boolean) => map.setLayoutProperty(id, "visibility", on ? "visible" : "none");
  const fill = iris?.mode === "fill";
  for (const id of ["bureaux-fill", "bureaux-line", "bureaux-selected"]) show(id, !fill);
  show("iris-fill", fill);
  show("iris-selected", fill);
  show("iris-line", Boolean(iris));
}
