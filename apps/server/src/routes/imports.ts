import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import fastifyMultipart from "@fastify/multipart";
import {
  AppError,
  authorize,
  DEFAULT_IMPORT_SIZE_LIMITS,
  type ImportProgress,
  type ImportSummary,
  importFiles,
  schema,
} from "@terrain/core";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import { named } from "../openapi-names.ts";
import { makeUploadDir } from "../upload-dirs.ts";

const params = z.object({ campaignId: z.string() });

/** An importer's error or warning as a code with its parameters and place. */
const importIssueOut = named(
  "ImportIssue",
  z.object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    file: z.string(),
    line: z.number().optional(),
    column: z.union([z.string(), z.number()]).optional(),
  }),
);

export const importSummaryOut = named(
  "ImportSummary",
  z.object({
    file: z.string(),
    pairedWith: z.string().optional(),
    status: z.enum(["imported", "unchanged", "rejected"]),
    kind: z.string(),
    format: z.string().optional(),
    election: z.object({ id: z.string(), label: z.string(), round: z.number() }).optional(),
    bureaux: z.number().optional(),
    totals: z
      .object({
        inscrits: z.number(),
        votants: z.number(),
        exprimes: z.number(),
        blancs: z.number(),
        nuls: z.number(),
      })
      .optional(),
    candidates: z
      .array(z.object({ key: z.string(), name: z.string(), nuance: z.string().nullable(), voix: z.number() }))
      .optional(),
    skippedOutsideTerritory: z.number(),
    bureauMatching: z
      .object({
        matched: z.number(),
        added: z.number(),
        absent: z.number(),
        addedCodes: z.array(z.string()),
        absentCodes: z.array(z.string()),
      })
      .optional(),
    iris: z.number().optional(),
    variables: z.number().optional(),
    addresses: z.object({ total: z.number(), withBureau: z.number(), withIris: z.number() }).optional(),
    weights: z
      .object({ method: z.enum(["addresses", "area"]), cells: z.number() })
      .nullable()
      .optional(),
    /** An electoral list: persons, changes since the previous list, share geocoded per bureau. */
    electoralList: z
      .object({
        rows: z.number(),
        electors: z.number(),
        europeanOnly: z.number(),
        arrivals: z.number(),
        departures: z.number(),
        moves: z.number(),
        geocoding: z.object({
          address: z.number(),
          street: z.number(),
          none: z.number(),
          byBureau: z.array(
            z.object({
              bureau: z.string().nullable(),
              electors: z.number(),
              address: z.number(),
              street: z.number(),
              none: z.number(),
            }),
          ),
        }),
      })
      .optional(),
    /** In French, like errors (`file:line:column: ` first when at one place). */
    warnings: z.array(z.string()),
    errors: z.array(z.string()),
    /** The same as stable codes with parameters, for clients in other languages (absent in older summaries). */
    warningCodes: z.array(importIssueOut).optional(),
    errorCodes: z.array(importIssueOut).optional(),
  }),
);

const importsOut = z.object({ summaries: z.array(importSummaryOut) });

const importedFileOut = named(
  "ImportedFile",
  z.object({
    /** The file's content hash: DELETE /api/campaigns/:campaignId/imports/:id removes it. */
    id: z.string(),
    fileName: z.string(),
    kind: z.string(),
    electionId: z.string().nullable(),
    importedAt: z.string(),
  }),
);

/** One file being read (the importer's ImportProgress). */
const importProgressOut = named(
  "ImportProgress",
  z.object({
    file: z.string(),
    index: z.number(),
    count: z.number(),
    bytes: z.number(),
    size: z.number(),
    rows: z.number(),
  }),
);

/** A line of the NDJSON answer of an upload (Accept: application/x-ndjson): progress, then done or error. */
const importEventOut = named(
  "ImportEvent",
  z.discriminatedUnion("type", [
    importProgressOut.extend({ type: z.literal("progress") }),
    z.object({ type: z.literal("done"), summaries: z.array(importSummaryOut) }),
    z.object({ type: z.literal("error"), message: z.string() }),
  ]),
);

/** Keeps the client's file name (the importer reads the election from it) but never a path. */
function safeName(name: string, index: number): string {
  const base = path.basename(name.replaceAll("\\", "/")).replace(/[^\p{L}\p{N}._ -]/gu, "_");
  return base === "" || base.startsWith(".") ? `upload-${index}` : base;
}

/** Streams each uploaded part to its own folder under `dir` (never held in memory). */
async function receiveFiles(
  parts: AsyncIterable<{ filename: string; file: NodeJS.ReadableStream & { truncated: boolean } }>,
  dir: string,
): Promise<{ name: string; path: string }[]> {
  const files: { name: string; path: string }[] = [];
  for await (const part of parts) {
    const name = safeName(part.filename, files.length);
    const folder = path.join(dir, String(files.length));
    await mkdir(folder);
    const target = path.join(folder, name);
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) throw new AppError("bad_request", `${name} : fichier trop volumineux.`);
    files.push({ name, path: target });
  }
  if (files.length === 0) throw new AppError("bad_request", "Aucun fichier reçu.");
  return files;
}

/**
 * The "Données" page's upload: multipart files streamed to a temporary folder (never held
 * in memory), imported with importFiles into the campaign of the URL, and answered with
 * one summary per file. 422 when a file is rejected (the others are imported). Upload
 * progress is the browser's (bytes sent); import progress comes as NDJSON lines
 * (`{"type":"progress",…}` then `{"type":"done","summaries":[…]}`) when the client accepts
 * application/x-ndjson.
 */
export async function importRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    // Per kind limits are checked once a file is recognised; the upload stops at the largest.
    const maxSizeMb = deps.config?.importMaxMb ?? DEFAULT_IMPORT_SIZE_LIMITS;
    const fileSize = Math.max(...Object.values(maxSizeMb)) * 1e6;
    await scope.register(fastifyMultipart, { limits: { fileSize, files: 20, fields: 0 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/campaigns/:campaignId/imports",
      {
        schema: {
          tags: ["data"],
          summary: "Import official files (multipart): results, INSEE IRIS tables, contours, addresses",
          description:
            "With Accept: application/x-ndjson the answer streams one ImportEvent per line (components.schemas.ImportEvent).",
          consumes: ["multipart/form-data"],
          params,
          response: { 200: importsOut },
        },
      },
      async (request, reply) => {
        const { campaignId } = request.params;
        authorize(request.actor, "data:import", { campaignId });
        const [campaign] = await deps.db
          .select()
          .from(schema.campaigns)
          .where(eq(schema.campaigns.id, campaignId));
        if (!campaign) throw new AppError("not_found", "Campagne introuvable.");
        if (!request.isMultipart()) {
          throw new AppError("bad_request", "Envoyez les fichiers en multipart/form-data.");
        }
        const dir = await makeUploadDir();
        const cleanUp = () => rm(dir, { recursive: true, force: true });
        let files: { name: string; path: string }[];
        try {
          files = await receiveFiles(request.files(), dir);
        } catch (error) {
          await cleanUp();
          throw error;
        }
        const run = (onProgress?: (p: ImportProgress) => void) =>
          importFiles(deps.db, { campaignId: campaign.id, files, onProgress, maxSizeMb }).finally(cleanUp);
        if (String(request.headers.accept ?? "").includes("application/x-ndjson")) {
          // Progress while importing: one JSON line per progress event, then the summaries.
          const out = new PassThrough();
          const line = (event: z.infer<typeof importEventOut>) => `${JSON.stringify(event)}\n`;
          run((p) => out.write(line({ type: "progress", ...p }))).then(
            (summaries) => out.end(line({ type: "done", summaries })),
            (error: Error) => out.end(line({ type: "error", message: error.message })),
          );
          // A stream is sent as is: the JSON response schema does not apply to it.
          return reply.type("application/x-ndjson").send(out as unknown as z.infer<typeof importsOut>);
        }
        const summaries: ImportSummary[] = await run();
        const rejected = summaries.filter((s) => s.status === "rejected");
        if (rejected.length > 0) {
          throw new AppError("invalid_file", rejected.flatMap((s) => s.errors).join("\n"), { summaries });
        }
        return { summaries };
      },
    );
    r.get(
      "/api/campaigns/:campaignId/imports",
      {
        schema: {
          tags: ["data"],
          summary: "Files imported into the campaign, newest first",
          params,
          response: { 200: z.object({ files: z.array(importedFileOut) }) },
        },
      },
      async (request) => {
        const { campaignId } = request.params;
        authorize(request.actor, "data:read", { campaignId });
        const rows = await deps.db
          .select()
          .from(schema.importedFiles)
          .where(and(eq(schema.importedFiles.campaignId, campaignId)))
          .orderBy(desc(schema.importedFiles.importedAt));
        return {
          files: rows.map((f) => ({
            id: f.contentHash,
            fileName: f.fileName,
            kind: f.kind,
            electionId: f.electionId,
            importedAt: f.importedAt.toISOString(),
          })),
        };
      },
    );
  });
}
