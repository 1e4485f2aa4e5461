import type { Campaign, CampaignStatus } from "@terrain/core";
import { z } from "zod";
import { named } from "./openapi-names.ts";

export const campaignOut = named(
  "Campaign",
  z.object({
    id: z.string(),
    name: z.string(),
    territory: z.string(),
    territoryKind: z.enum(["commune", "departement", "pays"]),
    electionDate: z.string().nullable(),
    isDemo: z.boolean(),
    role: z.enum(["admin", "coordinator", "volunteer", "analyst"]).nullable(),
  }),
);

export function presentCampaign(
  c: Campaign,
  role: z.infer<typeof campaignOut>["role"],
): z.infer<typeof campaignOut> {
  return {
    id: c.id,
    name: c.name,
    territory: c.territory,
    territoryKind: c.territoryKind,
    electionDate: c.electionDate,
    isDemo: c.isDemo,
    role,
  };
}

export const statusOut = named(
  "CampaignStatus",
  z.object({
    id: z.string(),
    name: z.string(),
    territory: z.string(),
    isDemo: z.boolean(),
    elections: z.array(
      named(
        "ElectionStatus",
        z.object({
          id: z.string(),
          label: z.string(),
          round: z.number(),
          bureaux: z.number(),
          inscrits: z.number(),
          votants: z.number(),
          exprimes: z.number(),
        }),
      ),
    ),
    bureaux: z.number(),
    iris: z.number(),
    addresses: z.number(),
    /** Persons on the imported electoral list, one per person. */
    electors: z.number(),
    contacts: z.number(),
  }),
);

export function presentStatus(s: CampaignStatus): z.infer<typeof statusOut> {
  return statusOut.parse(s);
}
