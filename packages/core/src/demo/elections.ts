import { ELECTION_DAYS } from "./timeline.ts";

/** Political families a voter belongs to (latent; drives every choice). */
export const BLOCS = ["RAD", "SOC", "ECO", "CEN", "DRO", "EXD"] as const;

export interface Candidate {
  panel: number;
  nuance: string;
  nom: string;
  prenom: string;
  sexe: "MASCULIN" | "FEMININ";
  /** Municipal lists: the list's short label (libellé abrégé) and full name. */
  abrege?: string;
  liste?: string;
}

export interface ElectionSpec {
  id: string;
  kind: "pres" | "leg" | "mun";
  round: 1 | 2;
  /** "legacy": older Ministry .txt layout (cp1252); "2024": Ministry 2024 .csv layout. */
  layout: "legacy" | "2024";
  candidates: Candidate[];
  /** Per bloc: weights of each candidate, then blank, then null (given that one votes). */
  choice: Record<(typeof BLOCS)[number], number[]>;
  /** Round 2: lists of round 1 (panel) merged into a list of round 2 (panel). */
  merges?: Record<number, number>;
  /** Turnout intercept (logit) and shift per bloc. */
  turnout: number;
  blocTurnout?: Partial<Record<(typeof BLOCS)[number], number>>;
}

const M = "MASCULIN" as const;
const F = "FEMININ" as const;

/**
 * The demo's six rounds: the 2022 presidential (real candidates, older layout), the 2024
 * legislative (fictional candidates, ENS withdrawing before round 2) and the 2026
 * municipal, where the green list merges into the union of the left for round 2 and the
 * radical-left list withdraws.
 */
export const ELECTIONS: readonly ElectionSpec[] = [
  {
    id: "pres2022t1",
    kind: "pres",
    round: 1,
    layout: "legacy",
    candidates: [
      { panel: 1, nuance: "EXG", nom: "ARTHAUD", prenom: "Nathalie", sexe: F },
      { panel: 2, nuance: "COM", nom: "ROUSSEL", prenom: "Fabien", sexe: M },
      { panel: 3, nuance: "ENS", nom: "MACRON", prenom: "Emmanuel", sexe: M },
      { panel: 4, nuance: "DIV", nom: "LASSALLE", prenom: "Jean", sexe: M },
      { panel: 5, nuance: "RN", nom: "LE PEN", prenom: "Marine", sexe: F },
      { panel: 6, nuance: "REC", nom: "ZEMMOUR", prenom: "Éric", sexe: M },
      { panel: 7, nuance: "FI", nom: "MÉLENCHON", prenom: "Jean-Luc", sexe: M },
      { panel: 8, nuance: "SOC", nom: "HIDALGO", prenom: "Anne", sexe: F },
      { panel: 9, nuance: "ECO", nom: "JADOT", prenom: "Yannick", sexe: M },
      { panel: 10, nuance: "LR", nom: "PÉCRESSE", prenom: "Valérie", sexe: F },
      { panel: 11, nuance: "EXG", nom: "POUTOU", prenom: "Philippe", sexe: M },
      { panel: 12, nuance: "DSV", nom: "DUPONT-AIGNAN", prenom: "Nicolas", sexe: M },
    ],
    choice: {
      RAD: [2, 6, 4, 1, 4, 0.5, 70, 3, 4, 0.5, 2, 0.5, 1.5, 0.7],
      SOC: [0.5, 3, 30, 1, 3, 0.5, 28, 16, 12, 2, 1, 0.5, 1.5, 0.5],
      ECO: [0.3, 1, 18, 1, 1, 0.2, 28, 6, 40, 1, 1, 0.3, 1.5, 0.5],
      CEN: [0.2, 0.5, 80, 1.5, 3, 2, 2, 1, 2, 6, 0.2, 1, 1, 0.3],
      DRO: [0.2, 0.3, 35, 4, 12, 15, 1, 0.5, 0.5, 25, 0.2, 5, 1.5, 0.5],
      EXD: [0.5, 0.5, 3, 3, 65, 20, 3, 0.2, 0.2, 1, 0.5, 5, 1, 0.5],
    },
    turnout: 1.6,
  },
  {
    id: "pres2022t2",
    kind: "pres",
    round: 2,
    layout: "legacy",
    candidates: [
      { panel: 1, nuance: "ENS", nom: "MACRON", prenom: "Emmanuel", sexe: M },
      { panel: 2, nuance: "RN", nom: "LE PEN", prenom: "Marine", sexe: F },
    ],
    choice: {
      RAD: [45, 15, 30, 10],
      SOC: [82, 6, 9, 3],
      ECO: [78, 4, 14, 4],
      CEN: [95, 3.5, 1.2, 0.3],
      DRO: [62, 30, 6, 2],
      EXD: [6, 90, 3, 1],
    },
    turnout: 1.3,
    blocTurnout: { RAD: -0.6, ECO: -0.2, DRO: -0.1 },
  },
  {
    id: "leg2024t1",
    kind: "leg",
    round: 1,
    layout: "2024",
    candidates: [
      { panel: 1, nuance: "EXG", nom: "KERMARREC", prenom: "Yann", sexe: M },
      { panel: 2, nuance: "UG", nom: "QUÉRÉ", prenom: "Maëlle", sexe: F },
      { panel: 3, nuance: "ENS", nom: "LE GALL", prenom: "Thomas", sexe: M },
      { panel: 4, nuance: "LR", nom: "PRIGENT", prenom: "Hélène", sexe: F },
      { panel: 5, nuance: "RN", nom: "MORVAN", prenom: "Gilles", sexe: M },
      { panel: 6, nuance: "REC", nom: "TANGUY", prenom: "Loïc", sexe: M },
      { panel: 7, nuance: "ECO", nom: "GUÉGUEN", prenom: "Nolwenn", sexe: F },
      { panel: 8, nuance: "DIV", nom: "JAOUEN", prenom: "Patrick", sexe: M },
    ],
    choice: {
      RAD: [4, 84, 2, 0.3, 4, 0.3, 3, 1, 1.5, 0.7],
      SOC: [0.5, 70, 20, 1, 3, 0.2, 3, 1, 2, 0.5],
      ECO: [0.5, 74, 10, 0.5, 1, 0.1, 12, 1, 1.5, 0.5],
      CEN: [0.1, 5, 78, 8, 4, 0.5, 1, 2, 1.2, 0.3],
      DRO: [0.1, 1, 25, 45, 20, 4, 0.3, 2, 1.5, 0.5],
      EXD: [0.3, 1, 2, 2, 86, 7, 0.2, 1, 1, 0.5],
    },
    turnout: 1.1,
  },
  {
    id: "leg2024t2",
    kind: "leg",
    round: 2,
    layout: "2024",
    candidates: [
      { panel: 2, nuance: "UG", nom: "QUÉRÉ", prenom: "Maëlle", sexe: F },
      { panel: 5, nuance: "RN", nom: "MORVAN", prenom: "Gilles", sexe: M },
    ],
    choice: {
      RAD: [92, 2, 4, 2],
      SOC: [86, 4, 7, 3],
      ECO: [90, 2, 6, 2],
      CEN: [48, 14, 33, 5],
      DRO: [20, 52, 24, 4],
      EXD: [1, 95, 3, 1],
    },
    turnout: 1.0,
    blocTurnout: { CEN: -0.4, DRO: -0.3 },
  },
  {
    id: "mun2026t1",
    kind: "mun",
    round: 1,
    layout: "2024",
    candidates: [
      {
        panel: 1,
        nuance: "LFI",
        nom: "LE ROUX",
        prenom: "Erwan",
        sexe: M,
        abrege: "KERBRENN INSOUMISE",
        liste: "Kerbrenn insoumise et populaire",
      },
      {
        panel: 2,
        nuance: "LUG",
        nom: "RIOU",
        prenom: "Sophie",
        sexe: F,
        abrege: "KERBRENN EN COMMUN",
        liste: "Kerbrenn en commun, la gauche et les écologistes",
      },
      {
        panel: 3,
        nuance: "LECO",
        nom: "CORRE",
        prenom: "Julien",
        sexe: M,
        abrege: "KERBRENN ÉCOLOGIE",
        liste: "Kerbrenn écologie, le vivant d'abord",
      },
      {
        panel: 4,
        nuance: "LDVD",
        nom: "L'HOSTIS",
        prenom: "Marie-Anne",
        sexe: F,
        abrege: "KERBRENN AVENIR",
        liste: "Kerbrenn avenir, ensemble pour notre ville",
      },
      {
        panel: 5,
        nuance: "LRN",
        nom: "PAUGAM",
        prenom: "Bruno",
        sexe: M,
        abrege: "KERBRENN D'ABORD",
        liste: "Kerbrenn d'abord avec le Rassemblement national",
      },
      {
        panel: 6,
        nuance: "LDIV",
        nom: "BERNARD",
        prenom: "Claire",
        sexe: F,
        abrege: "CITOYENS DE KERBRENN",
        liste: "Citoyens de Kerbrenn, une liste sans étiquette",
      },
    ],
    choice: {
      RAD: [62, 20, 8, 2, 3, 3, 1.5, 0.7],
      SOC: [4, 68, 10, 12, 1, 3, 1.5, 0.5],
      ECO: [5, 25, 58, 5, 0.5, 5, 1.5, 0.5],
      CEN: [0.5, 15, 8, 60, 3, 8, 1.5, 0.5],
      DRO: [0.2, 2, 1, 80, 10, 5, 1.5, 0.5],
      EXD: [0.5, 1, 0.2, 20, 74, 4, 1, 0.5],
    },
    turnout: 0.05,
  },
  {
    id: "mun2026t2",
    kind: "mun",
    round: 2,
    layout: "2024",
    candidates: [
      {
        panel: 2,
        nuance: "LUG",
        nom: "RIOU",
        prenom: "Sophie",
        sexe: F,
        abrege: "KERBRENN EN COMMUN",
        liste: "Kerbrenn en commun, la gauche et les écologistes",
      },
      {
        panel: 4,
        nuance: "LDVD",
        nom: "L'HOSTIS",
        prenom: "Marie-Anne",
        sexe: F,
        abrege: "KERBRENN AVENIR",
        liste: "Kerbrenn avenir, ensemble pour notre ville",
      },
      {
        panel: 5,
        nuance: "LRN",
        nom: "PAUGAM",
        prenom: "Bruno",
        sexe: M,
        abrege: "KERBRENN D'ABORD",
        liste: "Kerbrenn d'abord avec le Rassemblement national",
      },
    ],
    choice: {
      RAD: [62, 3, 4, 23, 8],
      SOC: [86, 9, 0.5, 3.5, 1],
      ECO: [84, 8, 0.5, 6, 1.5],
      CEN: [18, 75, 2, 4, 1],
      DRO: [2, 88, 8, 1.5, 0.5],
      EXD: [1, 16, 80, 2, 1],
    },
    turnout: 0.15,
    blocTurnout: { RAD: -0.5 },
    merges: { 3: 2 },
  },
];

/**
 * The key under which the importer stores a candidate or list: surname and first name for
 * candidates, the short list label for lists (the municipal files use list blocks).
 */
export function candidateKey(c: Candidate): string {
  return c.abrege ?? `${c.nom} ${c.prenom}`;
}

/** Date of an election round. */
export function electionDate(id: string): string {
  const day = ELECTION_DAYS.find((d) => d.id === id);
  if (!day) throw new Error(`unknown election ${id}`);
  return day.date;
}
