/** Shapes answered by the Terrain API (see /api/docs/json). */
export type Role = "admin" | "coordinator" | "volunteer" | "analyst";

export interface CampaignSummary {
  id: string;
  name: string;
  territory: string;
  territoryKind: "commune" | "departement" | "pays";
  electionDate: string | null;
  isDemo: boolean;
  role: Role | null;
}

export interface Me {
  user: { id: string; name: string; email: string; platformRole: "user" | "superadmin" };
  campaigns: CampaignSummary[];
}

export interface ElectionStatus {
  id: string;
  label: string;
  round: number;
  bureaux: number;
  inscrits: number;
  votants: number;
  exprimes: number;
}

export interface CampaignStatus {
  id: string;
  name: string;
  territory: string;
  isDemo: boolean;
  elections: ElectionStatus[];
  bureaux: number;
  iris: number;
  addresses: number;
  electors: number;
  contacts: number;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
}
