/** Département codes of the older Ministry layout for overseas territories → INSEE prefix. */
const OVERSEAS_PREFIX: Record<string, string> = {
  ZA: "97",
  ZB: "97",
  ZC: "97",
  ZD: "97",
  ZM: "97",
  ZS: "97",
  ZN: "98",
  ZP: "98",
};

/**
 * The 5-character INSEE code of a commune from the older Ministry layout's département code
 * (`29`, `2A`, `ZA`…) and its commune code without département (`019`, `101`). Codes that
 * already have 5 characters are kept; overseas `ZA` + `101` becomes `97101`; French people
 * abroad (`ZZ`) and the other collectivities keep their Ministry code (`ZZ001`).
 */
export function communeCodeFromParts(departement: string, commune: string): string {
  const dep = departement.trim().toUpperCase();
  const com = commune.trim().toUpperCase();
  if (com.length >= 5) return com;
  const overseas = OVERSEAS_PREFIX[dep];
  if (overseas) return overseas + com.padStart(3, "0");
  const depCode = /^\d$/.test(dep) ? `0${dep}` : dep;
  return depCode + com.padStart(5 - depCode.length, "0");
}

/** A commune code written as a number (67482, 1001) back to its 5 characters. */
export function normaliseCommuneCode(raw: string | number): string {
  const text = String(raw).trim().toUpperCase();
  return /^\d{4}$/.test(text) ? `0${text}` : text;
}

/**
 * Normalises a bureau code to `CCCCC_BBBB`: the commune's INSEE code, an underscore, and the
 * bureau number zero-padded to 4 digits when numeric (`1` → `0001`; arrondissement-coded
 * `1003` of Marseille stays). Non-numeric codes (`JUS1`) are kept, upper-cased. A raw code
 * that already carries its commune (`29019_1`, `29019_0001`) is accepted.
 */
export function normaliseBureauCode(commune: string, raw: string | number): string {
  let text = String(raw).trim().toUpperCase();
  const underscore = text.indexOf("_");
  if (underscore >= 0) {
    commune = normaliseCommuneCode(text.slice(0, underscore));
    text = text.slice(underscore + 1);
  }
  const bureau = /^\d+$/.test(text) ? text.padStart(4, "0") : text;
  return `${commune}_${bureau}`;
}

/** Whether a commune code belongs to a territory: a commune, a département, or FR. */
export function inTerritory(commune: string, territory: string): boolean {
  if (territory === "FR") return true;
  if (territory.length >= 5) return commune === territory;
  return commune.startsWith(territory);
}
