import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../app-deps.ts";
import { analysisBureauRoutes } from "./analysis-bureaux.ts";
import { analysisJobRoutes } from "./analysis-jobs.ts";
import { campaignRoutes } from "./campaigns.ts";
import { healthRoutes } from "./health.ts";
import { importRoutes } from "./imports.ts";
import { meRoutes } from "./me.ts";
import { memberRoutes } from "./members.ts";
import { messageMatrixRoutes } from "./message-matrix.ts";
import { setupRoutes } from "./setup.ts";

/** Every route module of the API, in one list. */
export const routes: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  healthRoutes,
  setupRoutes,
  meRoutes,
  campaignRoutes,
  memberRoutes,
  importRoutes,
  analysisJobRoutes,
  analysisBureauRoutes,
  messageMatrixRoutes,
];
