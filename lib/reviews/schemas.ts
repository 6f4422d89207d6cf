// What the review routes accept, validated at the boundary (lib/http/route.ts runs these).
import { z } from "zod";
import { Recommendation, VerdictOverride } from "@/lib/db/generated/enums";

export { Recommendation, VerdictOverride };

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

export const MAX_COMMENT_LENGTH = 5000;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_REASON_LENGTH = 1000;
export const MAX_SUMMARY_LENGTH = 5000;
export const MAX_PINNED_ELEMENTS = 50;

/** The signals the engine cannot judge, each scored 1–4 by the mentor, in the order shown. */
export const SIGNALS = ["requirements", "high_level_design", "deep_dive", "trade_offs", "communication"] as const;
export type Signal = (typeof SIGNALS)[number];

export const commentParamsSchema = z.object({
  id: z.string().regex(ID_PATTERN, "No such interview."),
  commentId: z.string().regex(ID_PATTERN, "No such comment."),
});

export const requestReviewBodySchema = z
  .object({
    note: z
      .string()
      .trim()
      .max(MAX_NOTE_LENGTH, `The note can be at most ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`)
      .default(""),
  })
  .default({ note: "" })
  .describe("review request");

const commentBodyText = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(MAX_COMMENT_LENGTH, `A comment can be at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`);

/** A new thread (on elements, a rule, or the whole design) or, with parentId, a reply. */
export const postCommentBodySchema = z
  .object({
    body: commentBodyText,
    parentId: z.string().regex(ID_PATTERN, "No such thread.").optional(),
    elementIds: z
      .array(z.string().min(1).max(200))
      .max(MAX_PINNED_ELEMENTS, `A comment can point at ${MAX_PINNED_ELEMENTS} elements at most.`)
      .default([]),
    ruleId: z.string().min(1).max(100).optional(),
  })
  .refine((c) => !c.parentId || (c.elementIds.length === 0 && !c.ruleId), "A reply belongs to its thread's pin.")
  .describe("comment");

export const editCommentBodySchema = z.object({ body: commentBodyText }).describe("comment edit");

export const resolveThreadBodySchema = z.object({ resolved: z.boolean() }).describe("thread state");

export const commentsQuerySchema = z
  .object({ since: z.iso.datetime({ offset: true }).optional() })
  .describe("comments query");

export const overrideBodySchema = z
  .object({
    ruleId: z.string().min(1).max(100),
    /** Null takes the override back: the engine's verdict stands. */
    status: z.enum(VerdictOverride).nullable(),
    reason: z.string().trim().max(MAX_REASON_LENGTH).default(""),
  })
  .refine((o) => o.status === null || o.reason.length > 0, {
    message: "Say why the verdict changes.",
    path: ["reason"],
  })
  .describe("verdict override");

const signalSchema = z.object({
  score: z.number().int().min(1, "Signals are scored 1 to 4.").max(4, "Signals are scored 1 to 4."),
  note: z.string().trim().max(500).default(""),
});

export const signalsSchema = z.partialRecord(z.enum(SIGNALS), signalSchema);
export type Signals = z.output<typeof signalsSchema>;

/** The mentor's draft of the assessment: any part may still be missing until completion. */
export const assessmentBodySchema = z
  .object({
    signals: signalsSchema.default({}),
    recommendation: z.enum(Recommendation).nullable().default(null),
    summary: z.string().trim().max(MAX_SUMMARY_LENGTH).default(""),
  })
  .describe("assessment");

export const assignBodySchema = z
  .object({ mentorId: z.string().regex(ID_PATTERN, "No such mentor.") })
  .describe("assignment");

const QUEUE_STATES = ["requested", "in_review", "done", "open"] as const;
export const queueQuerySchema = z
  .object({
    prompt: z.string().max(100).optional(),
    state: z.enum(QUEUE_STATES).default("open"),
    mine: z
      .enum(["1", "true", "0", "false"])
      .optional()
      .transform((v) => v === "1" || v === "true"),
  })
  .describe("queue filter");
export type QueueFilter = z.output<typeof queueQuerySchema>;

export const markReadBodySchema = z
  .union([z.object({ ids: z.array(z.string().regex(ID_PATTERN)).min(1).max(200) }), z.object({ all: z.literal(true) })])
  .describe("mark read");
