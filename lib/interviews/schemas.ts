// What the interview routes accept, validated at the boundary (lib/http/route.ts runs these).
import { z } from "zod";
import { MAX_ELEMENTS, MAX_SCENE_BYTES } from "@/lib/grading/limits";
import { MAX_NOTES_LENGTH } from "@/lib/interviews/scene";

const MAX_VERSION = 2_147_483_647;
const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

/** A path's interview id; a malformed one names no interview (404, like someone else's). */
export const interviewParamsSchema = z.object({
  id: z.string().regex(ID_PATTERN, "No such interview."),
});

export const revisionParamsSchema = interviewParamsSchema.extend({
  revisionId: z.string().regex(/^[a-z0-9-]{1,64}$/i, "No such revision."),
});

/**
 * A drawing as a save carries it: an Excalidraw scene. Elements are kept as Excalidraw wrote
 * them (the grader reads them defensively); only the envelope is checked here.
 */
const storedSceneSchema = z.object({
  type: z.literal("excalidraw").default("excalidraw"),
  version: z.number().int().default(2),
  elements: z
    .array(z.looseObject({ id: z.string().min(1).max(200), type: z.string().min(1).max(50) }))
    .max(MAX_ELEMENTS, `A drawing can have at most ${MAX_ELEMENTS.toLocaleString("en")} elements.`),
  appState: z.record(z.string(), z.unknown()).default({}),
  files: z.record(z.string(), z.unknown()).default({}),
});

export const startInterviewBodySchema = z
  .object({ promptSlug: z.string().trim().min(1, "promptSlug is required").max(100) })
  .describe("start request");

/** An autosave: the drawing, the notes, and the version the save was based on. */
export const saveDraftBodySchema = z.object({
  // A Postgres integer column; the save writes baseVersion + 1.
  baseVersion: z
    .number()
    .int()
    .min(0)
    .max(MAX_VERSION - 1, "baseVersion is beyond any version an interview can have."),
  scene: storedSceneSchema,
  notes: z
    .string()
    .max(MAX_NOTES_LENGTH, `Notes can be at most ${MAX_NOTES_LENGTH.toLocaleString("en")} characters.`)
    .default(""),
  /** The client's idempotency key for its saves from baseVersion on (lib/interviews/draft.ts). */
  saveKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "saveKey is 8 to 64 letters, digits, - or _.")
    .optional(),
});

/**
 * A submit, optionally with the last save riding along (so nothing drawn after the last
 * autosave is lost); no body at all submits what is saved. Parses to that save or undefined.
 */
export const submitInterviewBodySchema = saveDraftBodySchema
  .partial()
  .refine(
    (body) => (body.scene === undefined) === (body.baseVersion === undefined),
    "scene and baseVersion go together",
  )
  .optional()
  .transform((body) =>
    body?.scene && body.baseVersion !== undefined
      ? { baseVersion: body.baseVersion, scene: body.scene, notes: body.notes ?? "", saveKey: body.saveKey }
      : undefined,
  );

/**
 * Saves of one interview by its owner: the page saves at most every 1.5 s while drawing
 * (about 40 a minute), so this leaves room for retries and a second tab, and stops a script
 * from filling the database with refused saves.
 */
export const SAVE_RATE_LIMIT = { name: "interview-saves", limit: 90, windowMs: 60_000 } as const;

/** A save's body limit: a scene may be up to 10 MB, and its envelope (version, notes) gets a little room. */
export const SAVE_BODY_MAX_BYTES = MAX_SCENE_BYTES + 64 * 1024;
