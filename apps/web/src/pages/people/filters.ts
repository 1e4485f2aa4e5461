import type { ConsentPurpose, ContactSource, Sex } from "../../api/types.ts";

/**
 * The filters of the people list: the lawful segment criteria only (bureau, IRIS, age band,
 * sex, tags, consent, source) and the search text. There is no filter by name as such,
 * birthplace or nationality.
 */
export interface PeopleFilter {
  q: string;
  bureaux: string[];
  iris: string[];
  ageMin?: number;
  ageMax?: number;
  sex?: Sex;
  tags: string[];
  consent?: ConsentPurpose;
  source?: ContactSource;
}

export const consentPurposes: readonly ConsentPurpose[] = [
  "news_email",
  "sms",
  "volunteering",
  "invitations",
];
export const contactSources: readonly ContactSource[] = ["door", "form", "meeting", "import", "manual"];

/** Age bands as the census counts them (age on the day); keys are safe in a URL ("+" reads as a space). */
export const ageBands = [
  { key: "18-24", min: 18, max: 24 },
  { key: "25-39", min: 25, max: 39 },
  { key: "40-54", min: 40, max: 54 },
  { key: "55-64", min: 55, max: 64 },
  { key: "65-79", min: 65, max: 79 },
  { key: "80plus", min: 80, max: undefined },
] as const;

export type AgeBandKey = (typeof ageBands)[number]["key"];

export function ageBandOf(f: Pick<PeopleFilter, "ageMin" | "ageMax">): AgeBandKey | null {
  return ageBands.find((b) => b.min === f.ageMin && b.max === f.ageMax)?.key ?? null;
}

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");

const whole = (value: string | null) => {
  if (value === null || !/^\d{1,3}$/.test(value)) return undefined;
  return Number(value);
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** The filter written in the page's URL (?q=…&bureaux=0001,0002&age=18-24…): a list one can share. */
export function filterFromParams(params: URLSearchParams): PeopleFilter {
  const band = ageBands.find((b) => b.key === params.get("age"));
  return {
    q: params.get("q") ?? "",
    bureaux: list(params.get("bureaux")),
    iris: list(params.get("iris")),
    ageMin: band ? band.min : whole(params.get("ageMin")),
    ageMax: band ? band.max : whole(params.get("ageMax")),
    sex: oneOf(params.get("sex"), ["F", "M"] as const),
    tags: list(params.get("tags")),
    consent: oneOf(params.get("consent"), consentPurposes),
    source: oneOf(params.get("source"), contactSources),
  };
}

export function filterToParams(f: PeopleFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (f.q.trim() !== "") params.set("q", f.q);
  if (f.bureaux.length > 0) params.set("bureaux", f.bureaux.join(","));
  if (f.iris.length > 0) params.set("iris", f.iris.join(","));
  const band = ageBandOf(f);
  if (band) params.set("age", band);
  else {
    if (f.ageMin !== undefined) params.set("ageMin", String(f.ageMin));
    if (f.ageMax !== undefined) params.set("ageMax", String(f.ageMax));
  }
  if (f.sex) params.set("sex", f.sex);
  if (f.tags.length > 0) params.set("tags", f.tags.join(","));
  if (f.consent) params.set("consent", f.consent);
  if (f.source) params.set("source", f.source);
  return params;
}

/** The filter as the API's query string reads it (ageMin/ageMax, lists comma-separated). */
export function filterToQuery(f: PeopleFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (f.q.trim() !== "") params.set("q", f.q.trim());
  for (const [key, value] of Object.entries(criteriaOf(f)))
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  return params;
}

/** The segment criteria of a filter (without the search text), as the API reads them. */
export function criteriaOf(f: PeopleFilter): Record<string, unknown> {
  const criteria: Record<string, unknown> = {};
  if (f.bureaux.length > 0) criteria.bureaux = f.bureaux;
  if (f.iris.length > 0) criteria.iris = f.iris;
  if (f.ageMin !== undefined) criteria.ageMin = f.ageMin;
  if (f.ageMax !== undefined) criteria.ageMax = f.ageMax;
  if (f.sex) criteria.sex = f.sex;
  if (f.tags.length > 0) criteria.tags = f.tags;
  if (f.consent) criteria.consent = f.consent;
  if (f.source) criteria.source = f.source;
  return criteria;
}

/** How many criteria are set (the "Filtres (3)" of the button that folds them on a phone). */
export function activeCriteria(f: PeopleFilter): number {
  return Object.keys(criteriaOf(f)).filter((k) => k !== "ageMax" || f.ageMin === undefined).length;
}
