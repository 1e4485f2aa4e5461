import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useCampaign } from "../../app/CampaignLayout.tsx";
import { EmptyBlock } from "../../components/EmptyBlock.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { BureauxMap, type MapFeature } from "../../components/map/BureauxMap.tsx";
import { colorOf, equalIntervals, NO_DATA, SEQUENTIAL } from "../../components/map/colorScale.ts";
import { mapPngDataUrl } from "../../components/map/exportPng.ts";
import { Legend } from "../../components/map/Legend.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PageHeader } from "../PageHeader.tsx";
import { bureauxCsvUrl, reportPdfUrl, useBureauxMap } from "./api.ts";
import { BureauCard } from "./BureauCard.tsx";
import { BureauxTable } from "./BureauxTable.tsx";
import { IrisCard } from "./IrisCard.tsx";
import { IrisTable } from "./IrisTable.tsx";
import { formatIndicator, INDICATORS, type Indicator, indicatorValue } from "./indicators.ts";
import { formatIris, IRIS_INDICATORS, type IrisIndicator } from "./irisIndicators.ts";
import { type MapLayer, useIrisLayer } from "./useIrisLayer.ts";

/** Saves a data URL as a file. */
function download(url: string, name: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
}

/**
 * Carte: the commune's bureaux coloured by the chosen indicator, with a legend, a tooltip,
 * the same figures as a sortable table, and the bureau's card on click (the IRIS's card when
 * the IRIS are shown). ?analyse=jobId picks the analysis; without it the latest finished one
 * is shown; ?bureau=CODE or ?iris=CODE opens a card.
 */
export function MapPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const campaign = useCampaign();
  const [params, setParams] = useSearchParams();
  const analysisParam = params.get("analyse");
  // The open card is in the URL (?bureau= or ?iris=), but a URL update renders in a React
  // transition that waits behind the map's frame (80-180 ms under software WebGL): the card
  // asked for by a click is shown at once from state until the URL has caught up.
  const urlKey = `${params.get("bureau") ?? ""}|${params.get("iris") ?? ""}`;
  const [asked, setAsked] = useState<{ urlKey: string; bureau: string | null; iris: string | null } | null>(
    null,
  );
  if (asked !== null && asked.urlKey !== urlKey) setAsked(null); // the URL has moved on
  const fresh = asked !== null && asked.urlKey === urlKey;
  const selected = fresh ? asked.bureau : params.get("bureau");
  const selectedIris = fresh ? asked.iris : params.get("iris");
  const data = useBureauxMap(campaign.id, analysisParam);
  const hasAnalysis = Boolean(data.data?.analysisId);
  const [chosen, setIndicator] = useState<Indicator | null>(null);
  const indicator: Indicator = chosen ?? (hasAnalysis ? "priority" : "turnout");
  const [view, setView] = useState<string | null>("map");
  const mapRef = useRef<MapLibreMap | null>(null);
  const [layer, setLayer] = useState<MapLayer>("bureaux");
  const [irisIndicator, setIrisIndicator] = useState<IrisIndicator>("share65");
  const {
    query: iris,
    classes: irisClasses,
    mapLayer: irisLayer,
  } = useIrisLayer(campaign.id, layer, irisIndicator);

  // one card at a time: opening a bureau closes the IRIS card and the other way round
  const open = (kind: "bureau" | "iris", code: string | null) => {
    setAsked({ urlKey, bureau: kind === "bureau" ? code : null, iris: kind === "iris" ? code : null });
    setParams(
      (p) => {
        p.delete("bureau");
        p.delete("iris");
        if (code) p.set(kind, code);
        return p;
      },
      { replace: true },
    );
  };
  const select = (code: string | null) => open("bureau", code);
  const selectIris = (code: string | null) => open("iris", code);

  const rows = useMemo(() => data.data?.features.map((f) => f.properties) ?? [], [data.data]);
  const classes = useMemo(
    () => equalIntervals(rows.map((r) => indicatorValue(r, indicator))),
    [rows, indicator],
  );
  const features = useMemo<MapFeature[]>(
    () =>
      (data.data?.features ?? []).map((f) => {
        const value = indicatorValue(f.properties, indicator);
        const label = t(`analysis.indicator.${indicator}.short`);
        return {
          code: f.properties.code,
          geometry: f.geometry,
          fill: colorOf(value, classes),
          tooltip: `${f.properties.name ? `${f.properties.code} · ${f.properties.name}` : f.properties.code} — ${label} : ${formatIndicator(value, indicator, lang)}`,
        };
      }),
    [data.data, indicator, classes, t, lang],
  );

  // what the legend, the PNG and the table say: the IRIS when they replace the bureaux
  const shown =
    layer === "iris"
      ? {
          classes: irisClasses,
          title: t(`analysis.iris.indicator.${irisIndicator}.long`),
          format: (v: number | null) => formatIris(v, irisIndicator, lang),
        }
      : {
          classes,
          title: t(`analysis.indicator.${indicator}.long`),
          format: (v: number | null) => formatIndicator(v, indicator, lang),
        };

  const analysisId = data.data?.analysisId ?? null;
  const exportPng = () => {
    const map = mapRef.current;
    if (!map) return;
    const c = shown.classes;
    const bounds = c ? [c.min, ...c.breaks, c.max] : [];
    const legend = [
      ...(c
        ? SEQUENTIAL.map((color, k) => ({
            color,
            label: `${shown.format(bounds[k])} – ${shown.format(bounds[k + 1])}`,
          }))
        : []),
      { color: NO_DATA, label: t("analysis.map.noData") },
    ];
    const url = mapPngDataUrl(map.getCanvas(), {
      title: `${campaign.name} — ${shown.title}`,
      legend,
      mark: campaign.isDemo ? t("demo.badge") : undefined,
    });
    download(url, layer === "iris" ? "carte-iris.png" : "carte-bureaux.png");
  };
  const actions = (
    <Group gap="xs">
      <Button variant="default" onClick={exportPng}>
        {t("analysis.map.exportPng")}
      </Button>
      {analysisId && (
        <Button component="a" variant="default" href={bureauxCsvUrl(campaign.id, analysisId)} download>
          {t("analysis.map.exportCsv")}
        </Button>
      )}
      {analysisId && (
        <Button component="a" variant="default" href={reportPdfUrl(campaign.id, analysisId)} download>
          {t("analysis.report.download")}
        </Button>
      )}
    </Group>
  );

  return (
    <>
      <PageHeader
        title={t("analysis.map.title")}
        subtitle={campaign.name}
        actions={data.data?.features.length ? actions : undefined}
      />
      {data.isPending && <PageLoader />}
      {data.isError && <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />}
      {data.data && data.data.features.length === 0 && (
        <EmptyBlock title={t("analysis.map.emptyTitle")} description={t("analysis.map.emptyText")}>
          <Button component={Link} to={`/campagnes/${campaign.id}/donnees`}>
            {t("analysis.map.goData")}
          </Button>
        </EmptyBlock>
      )}
      {data.data && data.data.features.length > 0 && (
        <Stack gap="sm">
          {!hasAnalysis && (
            <Alert color="blue" title={t("analysis.map.noAnalysisTitle")}>
              {t("analysis.map.noAnalysis")}{" "}
              <Anchor component={Link} to={`/campagnes/${campaign.id}/analyses`}>
                {t("analysis.map.goAnalyses")}
              </Anchor>
            </Alert>
          )}
          <Group justify="space-between" align="flex-end" gap="sm">
            {layer === "iris" ? (
              <Select
                label={t("analysis.iris.indicatorLabel")}
                data={IRIS_INDICATORS.map((i) => ({
                  value: i,
                  label: t(`analysis.iris.indicator.${i}.long`),
                }))}
                value={irisIndicator}
                onChange={(v) => v && setIrisIndicator(v as IrisIndicator)}
                allowDeselect={false}
                w={{ base: "100%", sm: 440 }}
              />
            ) : (
              <Select
                label={t("analysis.map.indicator")}
                data={INDICATORS.map((i) => ({ value: i, label: t(`analysis.indicator.${i}.long`) }))}
                value={indicator}
                onChange={(v) => v && setIndicator(v as Indicator)}
                allowDeselect={false}
                w={{ base: "100%", sm: 440 }}
              />
            )}
            <SegmentedControl
              value={layer}
              onChange={(v) => setLayer(v as MapLayer)}
              aria-label={t("analysis.iris.layer")}
              data={[
                { value: "bureaux", label: t("analysis.iris.layerBureaux") },
                { value: "both", label: t("analysis.iris.layerBoth") },
                { value: "iris", label: t("analysis.iris.layerIris") },
              ]}
            />
            <SegmentedControl
              value={view ?? "map"}
              onChange={setView}
              aria-label={t("analysis.map.view")}
              data={[
                { value: "map", label: t("analysis.map.viewMap") },
                { value: "table", label: t("analysis.map.viewTable") },
              ]}
            />
          </Group>
          <Text size="sm" c="dimmed">
            {layer === "iris" ? t("analysis.iris.help") : t(`analysis.indicator.${indicator}.help`)}
          </Text>
          {layer !== "bureaux" && iris.isError && (
            <ErrorAlert error={iris.error} onRetry={() => void iris.refetch()} />
          )}
          {layer !== "bureaux" && iris.data?.features.length === 0 && (
            <Alert color="blue">{t("analysis.iris.empty")}</Alert>
          )}
          <div style={{ display: view === "table" ? "none" : undefined }}>
            <Paper withBorder p={4}>
              <BureauxMap
                features={features}
                selected={selected}
                onSelect={select}
                selectedIris={selectedIris}
                onSelectIris={selectIris}
                onReady={(m) => {
                  mapRef.current = m;
                }}
                label={
                  layer === "iris"
                    ? t("analysis.iris.aria", { indicator: shown.title })
                    : t("analysis.map.aria", { indicator: shown.title })
                }
                iris={irisLayer}
                height="min(62vh, 560px)"
              />
            </Paper>
            <Paper withBorder p="sm" mt="xs">
              <Legend
                title={shown.title}
                classes={shown.classes}
                format={shown.format}
                noData={t(layer === "iris" ? "analysis.iris.noData" : "analysis.map.noData")}
              />
              {layer === "both" && (
                <Text size="xs" mt={4}>
                  {t("analysis.iris.outlineNote")}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={4}>
                {t(layer === "iris" ? "analysis.iris.tableHint" : "analysis.map.tableHint")}
              </Text>
            </Paper>
          </div>
          {view === "table" && layer === "iris" && (
            <IrisTable rows={iris.data?.features.map((f) => f.properties) ?? []} onSelect={selectIris} />
          )}
          {view === "table" && layer !== "iris" && <BureauxTable rows={rows} onSelect={select} />}
        </Stack>
      )}
      <Drawer
        opened={selected !== null || selectedIris !== null}
        onClose={() => open("bureau", null)}
        position="right"
        size="lg"
        // no slide-in: Mantine mounts an animated drawer's content on the next animation
        // frame, which waits for the map's own frame (80-180 ms under software WebGL)
        transitionProps={{ duration: 0 }}
        title={t(selectedIris ? "analysis.iris.card.heading" : "analysis.card.heading")}
      >
        {selected && <BureauCard campaignId={campaign.id} code={selected} analysisId={analysisId} />}
        {selectedIris && <IrisCard campaignId={campaign.id} code={selectedIris} onSelectBureau={select} />}
      </Drawer>
    </>
  );
}
