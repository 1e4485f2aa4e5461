import { normaliseBureauCode, normaliseCommuneCode } from "../results/bureau-code.ts";

export type ContourKind = "bureau-contours" | "iris-contours";

type Props = Record<string, unknown>;

/** A property's value as trimmed text: only strings and numbers count (never an object or array). */
export const pick = (p: Props, names: string[]): string | null => {
  for (const name of names) {
    const v = p[name];
    if ((typeof v === "string" || typeof v === "number") && String(v).trim() !== "") return String(v).trim();
  }
  return null;
};

export const BUREAU_KEYS = ["codeBureauVote", "code_bv", "id_bv", "BVOTE", "numeroBureauVote", "bureau"];
export const IRIS_KEYS = ["CODE_IRIS", "code_iris", "DCOMIRIS", "dcomiris", "IRIS"];
const COMMUNE_KEYS = ["codeCommune", "code_commune", "DEPCO", "INSEE_COM", "insee_com", "depcom", "DEPCOM"];

/** Which contours a feature's properties describe, or null when neither bureau nor IRIS keys are there. */
export function contourKindOf(p: Props): ContourKind | null {
  if (BUREAU_KEYS.some((k) => k in p)) return "bureau-contours";
  if (IRIS_KEYS.some((k) => k in p)) return "iris-contours";
  return null;
}

function bureauCode(p: Props, defaultCommune: string | null): { code: string; commune: string } | null {
  const full = pick(p, ["codeBureauVote", "code_bv", "id_bv"]);
  if (full?.includes("_")) {
    const code = normaliseBureauCode("", full);
    return { code, commune: code.slice(0, code.indexOf("_")) };
  }
  const number = pick(p, ["BVOTE", "numeroBureauVote", "bureau"]);
  const commune = pick(p, COMMUNE_KEYS) ?? defaultCommune;
  if (!number || !commune) return null;
  const c = normaliseCommuneCode(commune);
  return { code: normaliseBureauCode(c, number), commune: c };
}

function irisCode(p: Props): { code: string; commune: string } | null {
  const raw = pick(p, IRIS_KEYS);
  if (!raw) return null;
  const padded = raw.padStart(9, "0");
  const commune = pick(p, COMMUNE_KEYS);
  const code =
    padded.length === 9 ? padded : commune ? normaliseCommuneCode(commune) + raw.padStart(4, "0") : null;
  return code ? { code, commune: code.slice(0, 5) } : null;
}

/**
 * The bureau (`CCCCC_BBBB`, from `codeBureauVote` or `BVOTE` + `DEPCO`…) or IRIS code
 * (9 characters) of a contour feature, with its commune; null when the properties give none.
 */
export function readFeatureCode(
  kind: ContourKind,
  p: Props,
  defaultCommune: string | null,
): { code: string; commune: string } | null {
  return kind === "bureau-contours" ? bureauCode(p, defaultCommune) : irisCode(p);
}

/** How messages name a feature: its number, then its code or `id` (cut to 40 characters) when it has one. */
export function featureLabel(index: number, id: unknown): string {
  if (typeof id !== "string" && typeof id !== "number") return String(index);
  const text = String(id).trim();
  if (text === "") return String(index);
  return `${index} (${text.length > 40 ? `${text.slice(0, 39)}…` : text})`;
}
