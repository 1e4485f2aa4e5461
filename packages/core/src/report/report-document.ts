import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { ReportData } from "./load-report-data.ts";
import { missingGlyphsText } from "./replace-missing-glyphs.ts";
import { decimal, int, longDate, pct0, pct1, pctRange } from "./report-format.ts";

const METHODS: Record<string, string> = {
  lphom:
    "lphom, programmation linéaire (Romero, Pavía et al.) ; les fourchettes sont les bornes que permettent les résultats des bureaux",
  tslphom: "tslphom, lphom en deux étapes (Pavía et Romero) ; fourchettes : bornes permises par les données",
  nslphom:
    "nslphom, lphom affiné bureau par bureau (Pavía et Romero) ; fourchettes : bornes permises par les données",
  md: "modèle hiérarchique multinomial-Dirichlet (Rosen et al., 2001), échantillonné par MCMC ; intervalles de crédibilité à 95 %",
};

const INTERVAL: Record<string, string> = {
  md: "Entre parenthèses : l'intervalle de crédibilité à 95 % ; la vraie valeur a 95 chances sur 100 d'y être, si le modèle est juste.",
  other:
    "Entre parenthèses : la fourchette que permettent les résultats des bureaux, quel que soit le comportement des électeurs.",
};

const backtestWords = (rho: number): string =>
  rho >= 0.6
    ? "Le classement est fiable."
    : rho >= 0.3
      ? "Le classement donne une tendance, à croiser avec la connaissance du terrain."
      : "Le classement a peu prédit le passé : à prendre avec prudence.";

function matrixTable(d: ReportData): Content {
  // smaller type for wide matrices, so the report stays on one page
  const size = d.cols.length > 9 || d.rows.length > 14 ? 5 : d.cols.length > 6 || d.rows.length > 8 ? 6 : 7;
  const header: TableCell[] = [
    { text: `En ligne : ${d.from}. En colonne : ${d.to}.`, style: "th" },
    ...d.cols.map((c) => ({ text: c, style: "th", alignment: "right" as const })),
  ];
  const body: TableCell[][] = d.rows.map((r, i) => [
    { text: r, bold: true },
    ...d.cells[i].map((c) => {
      const range = pctRange(c.lower, c.upper);
      return {
        text: range ? `${pct0(c.value)} (${range})` : pct0(c.value),
        alignment: "right" as const,
        noWrap: true,
      };
    }),
  ]);
  return {
    table: { headerRows: 1, widths: [100, ...d.cols.map(() => "*")], body: [header, ...body] },
    layout: "lightHorizontalLines",
    fontSize: size,
  };
}

function prioritiesTable(d: ReportData): Content {
  const header: TableCell[] = [
    "Rang",
    "Bureau",
    "Voix pour 100 portes",
    "Intervalle",
    "Mobilisation",
    "Persuasion",
    "Participation",
  ].map((text, k) => ({ text, style: "th", alignment: k >= 2 ? ("right" as const) : ("left" as const) }));
  const body: TableCell[][] = d.priorities.map((b) => [
    String(b.rank),
    b.name ? `${b.code} · ${b.name}` : b.code,
    { text: decimal(b.gainPerDoor.value * 100, 1), alignment: "right", bold: true },
    {
      text: `${decimal(b.gainPerDoor.lower * 100, 1)} à ${decimal(b.gainPerDoor.upper * 100, 1)}`,
      alignment: "right",
    },
    { text: int(b.mobilisation.value), alignment: "right" },
    { text: int(b.persuasion.value), alignment: "right" },
    { text: pct1(b.turnout), alignment: "right" },
  ]);
  return {
    table: { headerRows: 1, widths: [24, "*", 62, 58, 52, 52, 52], body: [header, ...body] },
    layout: "lightHorizontalLines",
    fontSize: 7.5,
  };
}

/**
 * How the priority was counted, as the ranked-bureaux screen says it (PriorityView): persuasion
 * with the lists within reach when some were chosen, and the yields of scoreBureaux's defaults.
 */
export function persuasionText(d: Pick<ReportData, "from" | "to" | "reachLists">): string {
  const lost = `Persuasion = nos électeurs (${d.from}) qui ont voté pour une autre liste (${d.to})`;
  const reach =
    d.reachLists.length > 0
      ? `, plus les électeurs des listes proches (${d.reachLists.join(", ")}) qui ne votaient pas pour nous.`
      : " (aucune liste proche choisie).";
  return `${lost}${reach} Voix par porte = (7\u00a0% de la mobilisation + 3\u00a0% de la persuasion) ÷ portes.`;
}

function backtestText(d: ReportData): string {
  const bt = d.backtest;
  if (!bt)
    return "Pas de vérification possible : il faut une élection antérieure à la première élection choisie où notre camp se présentait.";
  if (bt.rho === null) return "La corrélation de rang n'a pas pu être calculée sur le passé.";
  return `Calculé de ${bt.fromLabel} à ${bt.toLabel}, le score classe les ${bt.bureaux} bureaux avec une corrélation de rang de ${decimal(bt.rho, 2)} avec la progression réelle de notre camp à ${bt.nextLabel} (1 = classement parfait, 0 = au hasard). ${backtestWords(bt.rho)}`;
}

/** The aggregation-bias caveat in French, under the method (no arrow: the PDF font has none). */
export function biasText(b: NonNullable<ReportData["bias"]>): string {
  const rates = b.cells === 1 ? "un taux" : `${b.cells} taux`;
  return `Biais d'agrégation probable (Goodman : ${rates} hors de [0, 1], dont « ${b.row} » vers « ${b.col} » ${decimal(b.value, 1)} %) : lisez les ordres de grandeur, pas les décimales.`;
}

/**
 * The one-page A4 report of a transfer analysis, in French, as a pdfmake document: campaign and
 * elections, the demo mark, the transfer matrix with intervals, the ten priority bureaux, the
 * back-test, the method and date, and how to read the figures.
 */
export function buildReportDocument(
  d: ReportData,
  options: { compress?: boolean } = {},
): TDocumentDefinitions {
  const method = METHODS[d.method] ?? d.method;
  const content: Content[] = [
    { text: `Rapport d'analyse — ${d.campaign.name}`, style: "title" },
    {
      text: `De ${d.from} à ${d.to} · notre camp : ${d.side.join(", ") || "—"}${d.reach.length > 0 ? ` · listes proches : ${d.reach.join(", ")}` : ""} · ${d.bureauCount} bureaux`,
      style: "subtitle",
    },
  ];
  if (d.missingGlyphs && d.missingGlyphs.length > 0) {
    content.push({ text: missingGlyphsText(d.missingGlyphs), style: "caveat", margin: [0, 0, 0, 4] });
  }
  if (d.campaign.isDemo) {
    content.push({
      table: {
        widths: ["*"],
        body: [
          [
            {
              text: "Données fictives : commune de démonstration générée par Terrain, aucun électeur réel.",
              bold: true,
              color: "#7c2d12",
              fillColor: "#ffedd5",
              margin: [4, 2, 4, 2],
            },
          ],
        ],
      },
      layout: "noBorders",
      margin: [0, 0, 0, 6],
    });
  }
  content.push(
    { text: "Où sont allés les électeurs (report de voix)", style: "h2" },
    {
      text: "Chaque ligne fait 100 % : la part des électeurs d'un choix de la première élection qui ont fait chaque choix à la seconde.",
      style: "note",
    },
    matrixTable(d),
    { text: "Les 10 bureaux prioritaires pour le porte-à-porte", style: "h2" },
    {
      text: "Voix que l'on peut espérer gagner pour 100 portes frappées (mobilisation des abstentionnistes proches de nous et persuasion des électeurs à portée), avec son intervalle ; mobilisation et persuasion en électeurs.",
      style: "note",
    },
    { text: persuasionText(d), style: "note" },
    prioritiesTable(d),
    { text: "Ce score a-t-il bien prédit le passé ?", style: "h2" },
    { text: backtestText(d), fontSize: 8 },
    { text: "Méthode", style: "h2" },
    {
      text: `Inférence écologique : ${method}. Graine ${d.seed}, analyse du ${longDate(d.date)}.`,
      fontSize: 8,
    },
    ...(d.bias ? [{ text: biasText(d.bias), style: "caveat" }] : []),
    { text: "Comment lire ces chiffres", style: "h2" },
    {
      ul: [
        "Les tableaux se lisent ligne par ligne : « 62 % (55–69) » veut dire 62 %, probablement entre 55 et 69 %.",
        INTERVAL[d.method === "md" ? "md" : "other"],
        "Ce sont des estimations à partir des résultats par bureau (inférence écologique), pas des sondages : elles décrivent des tendances, pas des personnes.",
        "Un bureau au rang 1 est celui où une porte frappée rapporte le plus de voix attendues ; un intervalle large appelle la prudence.",
      ],
      fontSize: 8,
    },
  );
  return {
    pageSize: "A4",
    pageMargins: [36, 36, 36, 40],
    compress: options.compress ?? true,
    info: { title: `Rapport d'analyse — ${d.campaign.name}`, creator: "Terrain", producer: "Terrain" },
    content,
    footer: (page, pages) => ({
      text: `Terrain, logiciel libre (AGPL-3.0) · ${d.campaign.name} · rapport du ${longDate(d.date)}${d.campaign.isDemo ? " · données fictives" : ""} · page ${page}/${pages}`,
      fontSize: 7,
      color: "#495057",
      margin: [36, 12, 36, 0],
    }),
    defaultStyle: { font: "Roboto", fontSize: 9, color: "#212529" },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 9, color: "#495057", margin: [0, 0, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 6, 0, 2], color: "#1c3d5a" },
      note: { fontSize: 7.5, color: "#495057", margin: [0, 0, 0, 3] },
      th: { bold: true, fontSize: 7 },
      caveat: { fontSize: 7.5, bold: true, color: "#7a4a00" },
    },
  };
}
