import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { IrisLayer } from "../../components/map/BureauxMap.tsx";
import { colorOf, equalIntervals } from "../../components/map/colorScale.ts";
import { useIrisMap } from "./api.ts";
import { formatIris, type IrisIndicator, irisValue } from "./irisIndicators.ts";

export type MapLayer = "bureaux" | "both" | "iris";

/**
 * The IRIS layer of the Carte page: fetched once the user asks for it, classed by the chosen
 * census figure, as outlines over the bureaux ("both") or as their own choropleth ("iris").
 */
export function useIrisLayer(campaignId: string, layer: MapLayer, indicator: IrisIndicator) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useIrisMap(campaignId, layer !== "bureaux");
  const classes = useMemo(
    () => equalIntervals((query.data?.features ?? []).map((f) => irisValue(f.properties, indicator))),
    [query.data, indicator],
  );
  const mapLayer = useMemo<IrisLayer | null>(() => {
    if (layer === "bureaux") return null;
    const label = t(`analysis.iris.indicator.${indicator}.short`);
    return {
      mode: layer === "iris" ? "fill" : "outline",
      features: (query.data?.features ?? []).map((f) => {
        const value = irisValue(f.properties, indicator);
        const name = f.properties.name ? `${f.properties.code} · ${f.properties.name}` : f.properties.code;
        return {
          code: f.properties.code,
          geometry: f.geometry,
          fill: colorOf(value, classes),
          tooltip: `IRIS ${name} — ${label} : ${formatIris(value, indicator, lang)}`,
        };
      }),
    };
  }, [layer, query.data, indicator, classes, t, lang]);
  return { query, classes, mapLayer };
}
