import { z } from "zod";
import { consentPurposes, contactSources } from "../../db/schema/index.ts";
import { AppError } from "../../errors.ts";

/** The only criteria a segment may have: there is no filter by name, birthplace or nationality. */
export const SEGMENT_CRITERIA = [
  "bureaux",
  "iris",
  "ageMin",
  "ageMax",
  "sex",
  "tags",
  "consent",
  "source",
] as const;

/** Where a person's data came from: the electoral list, or a contact's source. */
export const segmentSources = ["electoral_list", ...contactSources] as const;

const codes = z.array(z.string().trim().min(1).max(40)).min(1).max(2000);
const age = z.int().min(0).max(130);

export const segmentCriteria = z.strictObject({
  /** Bureau codes (`29019_0001`, or `0001` in a commune's campaign): any of them. */
  bureaux: codes.optional(),
  /** IRIS codes (9 characters): any of them. */
  iris: codes.optional(),
  /** Age on the day, inclusive bounds. */
  ageMin: age.optional(),
  ageMax: age.optional(),
  sex: z.enum(["F", "M"]).optional(),
  /** Persons with any of these tags (on the elector or a contact linked to it). */
  tags: z.array(z.string().trim().min(1).max(80)).min(1).max(100).optional(),
  /** Persons whose consent in force for this purpose is granted. */
  consent: z.enum(consentPurposes).optional(),
  /** Persons with data from this source: the electoral list, or a contact field's source. */
  source: z.enum(segmentSources).optional(),
});

export type SegmentCriteria = z.infer<typeof segmentCriteria>;

/**
 * Validates segment criteria; anything else is refused with one French sentence naming
 * the criterion (AppError bad_request): an unknown criterion, or a value of the wrong kind.
 */
export function parseSegmentCriteria(input: unknown): SegmentCriteria {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new AppError(
      "bad_request",
      'Les critères d\'un segment sont un objet JSON, par exemple {"sex":"F"}.',
    );
  }
  const unknown = Object.keys(input).filter((k) => !(SEGMENT_CRITERIA as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new AppError(
      "bad_request",
      `Critère non autorisé « ${unknown[0]} » : un segment ne filtre que par ${SEGMENT_CRITERIA.join(", ")} (aucun filtre par nom, lieu de naissance ou nationalité).`,
      { criterion: unknown[0] },
    );
  }
  const parsed = segmentCriteria.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const criterion = String(issue.path[0] ?? "");
    throw new AppError("bad_request", `Critère « ${criterion} » invalide : ${issue.message}.`, { criterion });
  }
  const c = parsed.data;
  if (c.ageMin !== undefined && c.ageMax !== undefined && c.ageMin > c.ageMax) {
    throw new AppError("bad_request", "Critère « ageMin » invalide : il dépasse ageMax.", {
      criterion: "ageMin",
    });
  }
  return c;
}
