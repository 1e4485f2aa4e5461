import { foldName } from "../text/header.ts";

/**
 * Nuances of the presidential candidates, which the older Ministry layout does not print
 * (it names candidates only). Taken from the long layouts of the same elections
 * (`maille;code;label;nuance;voix;elu`), which carry the Ministry's labels.
 */
const NUANCES: Record<number, Record<string, string>> = {
  2017: {
    ARTHAUD: "EXG",
    ASSELINEAU: "DSV",
    CHEMINADE: "DIV",
    "DUPONT-AIGNAN": "DSV",
    FILLON: "LR",
    HAMON: "SOC",
    LASSALLE: "REG",
    "LE PEN": "RN",
    MACRON: "ENS",
    MELENCHON: "FI",
    POUTOU: "EXG",
  },
  2022: {
    ARTHAUD: "EXG",
    "DUPONT-AIGNAN": "DSV",
    HIDALGO: "SOC",
    JADOT: "ECO",
    LASSALLE: "REG",
    "LE PEN": "RN",
    MACRON: "ENS",
    MELENCHON: "FI",
    POUTOU: "EXG",
    PECRESSE: "LR",
    ROUSSEL: "COM",
    ZEMMOUR: "REC",
  },
};

/** The nuance of a presidential candidate by surname (accents ignored), or null when unknown. */
export function presidentialNuance(year: number, surname: string): string | null {
  return NUANCES[year]?.[foldName(surname).toUpperCase()] ?? null;
}
