import { AppError } from "../errors.ts";

export type Role = "admin" | "coordinator" | "volunteer" | "analyst";

/** Who is asking: a signed-in user with a role per campaign. */
export interface Actor {
  userId: string;
  platformRole: "user" | "superadmin";
  roles: Record<string, Role>;
}

export type Action =
  | "campaign:create"
  | "campaign:read"
  | "campaign:update"
  | "campaign:delete"
  | "members:read"
  | "members:manage"
  | "data:read"
  | "data:import"
  | "analysis:read"
  | "analysis:run"
  | "field:read"
  | "field:write"
  | "contacts:read"
  | "contacts:write"
  | "people:count"
  | "people:read"
  | "people:write"
  | "contacts:export";

const allowed: Record<Exclude<Action, "campaign:create">, readonly Role[]> = {
  "campaign:read": ["admin", "coordinator", "volunteer", "analyst"],
  "campaign:update": ["admin"],
  "campaign:delete": ["admin"],
  "members:read": ["admin", "coordinator"],
  "members:manage": ["admin"],
  "data:read": ["admin", "coordinator", "analyst"],
  "data:import": ["admin"],
  "analysis:read": ["admin", "coordinator", "analyst"],
  "analysis:run": ["admin", "coordinator"],
  "field:read": ["admin", "coordinator", "volunteer"],
  "field:write": ["admin", "coordinator", "volunteer"],
  "contacts:read": ["admin", "coordinator"],
  "contacts:write": ["admin", "coordinator"],
  // People (electoral list, segments): volunteers see no people (only their turf's doors,
  // later); analysts see aggregates (counts) only; admins and coordinators the rest.
  "people:count": ["admin", "coordinator", "analyst"],
  "people:read": ["admin", "coordinator"],
  "people:write": ["admin", "coordinator"],
  // Exports of people data (each logged in export_log): admins and coordinators.
  "contacts:export": ["admin", "coordinator"],
};

/**
 * The one policy: may this actor do this action on this campaign? A superadmin may do
 * everything; others act through their role in the campaign.
 */
export function can(actor: Actor | null, action: Action, resource: { campaignId?: string } = {}): boolean {
  if (!actor) return false;
  if (actor.platformRole === "superadmin") return true;
  if (action === "campaign:create") return false;
  const role = resource.campaignId ? actor.roles[resource.campaignId] : undefined;
  return role !== undefined && allowed[action].includes(role);
}

/**
 * Throws when the actor may not act: unauthorized without a session, not_found when the
 * campaign is not theirs (its existence is not revealed), forbidden when their role is too low.
 */
export function authorize(
  actor: Actor | null,
  action: Action,
  resource: { campaignId?: string } = {},
): Actor {
  if (!actor) throw new AppError("unauthorized", "Connectez-vous pour continuer.");
  if (can(actor, action, resource)) return actor;
  if (resource.campaignId && actor.platformRole !== "superadmin" && !actor.roles[resource.campaignId]) {
    throw new AppError("not_found", "Campagne introuvable.");
  }
  throw new AppError("forbidden", "Votre rôle ne permet pas cette action.");
}
