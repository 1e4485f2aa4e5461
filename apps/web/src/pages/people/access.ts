import type { CampaignSummary } from "../../api/types.ts";

/**
 * What a member sees of the campaign's people, by role (the API refuses the same):
 * - "list": administrators and coordinators read names, cards, merge, import and export;
 * - "aggregates": analysts read counts by criteria, never a name;
 * - "none": volunteers see no list of people (they will see their turf's doors in the field app).
 */
export type PeopleAccess = "list" | "aggregates" | "none";

export function peopleAccess(campaign: Pick<CampaignSummary, "role">, superadmin: boolean): PeopleAccess {
  if (superadmin || campaign.role === "admin" || campaign.role === "coordinator") return "list";
  if (campaign.role === "analyst") return "aggregates";
  return "none";
}
