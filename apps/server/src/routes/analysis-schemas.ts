import { z } from "zod";
import { named } from "../openapi-names.ts";

/** zod schemas of the analysis API (OpenAPI documents them; the screens read these shapes). */
export const campaignParams = z.object({ campaignId: z.string() });
export const method = named("AnalysisMethod", z.enum(["lphom", "tslphom", "nslphom", "md"]));
const num = z.number().nullable();
const matrix = z.array(z.array(num));
export const interval = named("Interval", z.object({ value: num, lower: num, upper: num }));

export const optionOut = named(
  "OptionLabel",
  z.object({
    key: z.string(),
    label: z.string(),
    nuance: z.string().nullable(),
    kind: z.enum(["abstention", "blank", "null", "list"]),
  }),
);

/** The engine's output contract (EiOutput of @terrain/stats), without unit tables. */
export const eiOutput = named(
  "EiOutput",
  z.object({
    method: z.string(),
    rows: z.array(z.string()),
    cols: z.array(z.string()),
    estimate: matrix,
    lower: matrix,
    upper: matrix,
    counts: matrix,
    diagnostics: z.record(z.string(), z.unknown()),
  }),
);

export const bureauPriorityOut = named(
  "BureauPriority",
  z.object({
    code: z.string(),
    inscrits: z.number(),
    turnout: num,
    ourScore: num,
    mobilisation: interval,
    persuasion: interval,
    doors: z.number(),
    doorsSource: z.enum(["households", "inscrits"]),
    gainPerDoor: interval,
    rank: z.number(),
  }),
);

/** An engine or analysis warning: a stable code and its parameters (the web words it), and the English text. */
const warningCodeOut = named(
  "AnalysisWarning",
  z.object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    text: z.string(),
  }),
);

export const transferResultOut = named(
  "TransferResult",
  z.object({
    kind: z.literal("transfer"),
    from: z.object({ id: z.string(), label: z.string() }),
    to: z.object({ id: z.string(), label: z.string() }),
    transfer: eiOutput,
    labels: z.object({ rows: z.array(optionOut), cols: z.array(optionOut) }),
    /** Merged options (blank + null, lists under 4 %): new label → original keys. */
    merged: z.object({
      rows: z.record(z.string(), z.array(z.string())),
      cols: z.record(z.string(), z.array(z.string())),
    }),
    side: z.object({ from: z.array(z.string()), to: z.array(z.string()) }),
    /** Lists within reach (listes proches) whose other voters count in persuasion; absent in older results. */
    reach: z.object({ from: z.array(z.string()), to: z.array(z.string()) }).optional(),
    unmatched: z.object({ onlyFrom: z.array(z.string()), onlyTo: z.array(z.string()) }),
    bureaux: z.array(bureauPriorityOut),
    backtest: z
      .object({
        from: z.string(),
        to: z.string(),
        next: z.string(),
        method: z.string(),
        rho: num,
        bureaux: z.number(),
      })
      .nullable(),
    warnings: z.array(z.string()),
    warningCodes: z.array(warningCodeOut),
  }),
);

export const groupResultOut = named(
  "GroupResult",
  z.object({
    kind: z.literal("groups"),
    election: z.object({ id: z.string(), label: z.string() }),
    dimension: z.string(),
    dimensionLabel: z.string(),
    groups: z.array(z.object({ key: z.string(), label: z.string(), size: z.number() })),
    hiddenGroups: z.number(),
    votes: eiOutput,
    labels: z.object({ cols: z.array(optionOut) }),
    merged: z.object({ cols: z.record(z.string(), z.array(z.string())) }),
    warnings: z.array(z.string()),
    warningCodes: z.array(warningCodeOut),
  }),
);

export const jobOut = named(
  "AnalysisJob",
  z.object({
    id: z.string(),
    kind: z.enum(["transfer", "groups"]),
    status: z.enum(["queued", "running", "done", "failed"]),
    progress: z.number(),
    message: z.string().nullable(),
    error: z.string().nullable(),
    method: z.string(),
    seed: z.number(),
    inputs: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    result: z.union([transferResultOut, groupResultOut]).nullable(),
  }),
);

/** Lists chosen by nuance and/or by candidate or list key (our side, or the lists within reach). */
const lists = z.object({
  nuances: z.array(z.string().max(40)).max(50).optional(),
  candidates: z.array(z.string().max(200)).max(100).optional(),
});

export const analysisRequest = named(
  "AnalysisRequest",
  z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("transfer"),
      from: z.string().min(1),
      to: z.string().min(1),
      method: method.default("lphom"),
      seed: z.number().int().min(0).max(2_147_483_647).optional(),
      side: lists,
      /** Lists within reach (listes proches): their voters join the persuasion potential; none by default. */
      reach: lists.optional(),
    }),
    z.object({
      kind: z.literal("groups"),
      election: z.string().min(1),
      dimension: z.string().min(1),
      method: method.default("md"),
      seed: z.number().int().min(0).max(2_147_483_647).optional(),
    }),
  ]),
);

/** A contour of a bureau or an IRIS (GeoJSON), null when unknown. */
export const geometryOut = named(
  "Geometry",
  z.object({
    type: z.enum(["Polygon", "MultiPolygon"]),
    coordinates: z.array(z.array(z.array(z.unknown()))),
  }),
);

/** The census groups of a bureau or an IRIS along one dimension (age, socio-professional category…). */
export const demographicsOut = named(
  "Demographics",
  z.object({
    dimension: z.string(),
    label: z.string(),
    groups: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  }),
);
