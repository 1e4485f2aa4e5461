import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../app-deps.ts";
import { analysisBureauRoutes } from "./analysis-bureaux.ts";
import { analysisIrisRoutes } from "./analysis-iris.ts";
import { analysisJobRoutes } from "./analysis-jobs.ts";
import { analysisReportRoutes } from "./analysis-report.ts";
import { campaignRoutes } from "./campaigns.ts";
import { deletionRoutes } from "./deletions.ts";
import { healthRoutes } from "./health.ts";
import { importRoutes } from "./imports.ts";
import { invitationRoutes } from "./invitations.ts";
import { meRoutes } from "./me.ts";
import { memberRoutes } from "./members.ts";
import { messageMatrixRoutes } from "./message-matrix.ts";
import { peopleRoutes } from "./people.ts";
import { peopleConsentRoutes } from "./people-consents.ts";
import { peopleContactRoutes } from "./people-contacts.ts";
import { peopleElectorRoutes } from "./people-electors.ts";
import { peopleExportRoutes } from "./people-exports.ts";
import { peopleImportRoutes } from "./people-imports.ts";
import { peopleMergeRoutes } from "./people-merges.ts";
import { peopleSearchRoutes } from "./people-search.ts";
import { setupRoutes } from "./setup.ts";

/** Every route module of the API, in one list. */
export const routes: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  healthRoutes,
  setupRoutes,
  meRoutes,
  campaignRoutes,
  memberRoutes,
  invitationRoutes,
  importRoutes,
  analysisJobRoutes,
  analysisBureauRoutes,
  analysisIrisRoutes,
  analysisReportRoutes,
  messageMatrixRoutes,
  deletionRoutes,
  peopleRoutes,
  peopleElectorRoutes,
  peopleSearchRoutes,
  peopleContactRoutes,
  peopleConsentRoutes,
  peopleMergeRoutes,
  peopleImportRoutes,
  peopleExportRoutes,
];
