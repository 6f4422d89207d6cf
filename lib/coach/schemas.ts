import { z } from "zod";
import { COMPONENT_KINDS, DATABASE_ROLES } from "@/lib/grading/contract";
import { MAX_ELEMENTS } from "@/lib/grading/limits";
import { interviewParamsSchema } from "@/lib/interviews/schemas";

/**
 * What the model must answer for the coach's feedback (the response format it is given) and
 * what a stored Feedback's `content` holds once its ids are checked against the grade.
 */
export const coachFixSchema = z.object({
  title: z.string().describe("The fix in a few words, as an instruction."),
  detail: z.string().describe("Why it matters for this drawing and what to draw, two or three sentences."),
  ruleIds: z.array(z.string()).describe("Rule ids from the findings this fix addresses."),
  elementIds: z.array(z.string()).describe("Component ids from the graph this fix is about (may be empty)."),
});

export const coachFeedbackSchema = z.object({
  summary: z.string().describe("Two or three sentences on the design as a whole."),
  strengths: z.array(z.string()).describe("What the drawing already does well, up to three points."),
  fixes: z.array(coachFixSchema).describe("The three fixes that matter most, most important first."),
  deepDiveQuestion: z.string().describe("One deep-dive question an interviewer would ask next."),
});

export type CoachFix = z.infer<typeof coachFixSchema>;
export type CoachFeedbackContent = z.infer<typeof coachFeedbackSchema>;

export const MAX_CHAT_MESSAGE_CHARS = 2_000;

export const coachFeedbackParamsSchema = interviewParamsSchema;

const shortText = z.string().max(1_000);
const ids = z.array(z.string().max(200)).max(MAX_ELEMENTS);

/**
 * What the grader sees on the live board (docs/grading.md §5), as the page's own run of the
 * engine read it. It is context for the interviewer only: nothing graded is ever taken from it.
 */
const liveGraphSchema = z.object({
  components: z
    .array(
      z.object({
        id: z.string().max(50),
        kind: z.enum(COMPONENT_KINDS),
        label: shortText,
        role: z.enum(DATABASE_ROLES).nullable(),
        replicas: z.number().int().min(1).max(1_000_000),
        zone: z.string().max(50).nullable(),
        elementIds: ids,
      }),
    )
    .max(MAX_ELEMENTS),
  connections: z
    .array(z.object({ from: z.string().max(50), to: z.string().max(50), label: shortText.nullable(), elementIds: ids }))
    .max(MAX_ELEMENTS),
  zones: z.array(z.object({ id: z.string().max(50), label: shortText.nullable(), elementIds: ids })).max(MAX_ELEMENTS),
  unrecognised: z.array(z.object({ label: shortText, elementIds: ids })).max(MAX_ELEMENTS),
});

export const EMPTY_GRAPH = { components: [], connections: [], zones: [], unrecognised: [] };

/** A candidate's message to the interviewer, with what the grader sees on the board now. */
export const chatBodySchema = z
  .object({
    message: z.string().trim().min(1, "Write a message first.").max(MAX_CHAT_MESSAGE_CHARS),
    graph: liveGraphSchema.default(EMPTY_GRAPH),
  })
  .describe("message to the interviewer");

export type ChatBody = z.infer<typeof chatBodySchema>;

export const MAX_SUGGESTED_LABELS = 50;
const MAX_LABEL_TEXT = 200;

/**
 * The labels the engine did not recognise that the page asks the model about: each one's text
 * and the element it is on, and nothing else of the drawing.
 */
export const labelSuggestionsBodySchema = z
  .object({
    labels: z
      .array(
        z.object({
          elementId: z.string().min(1).max(200),
          text: z.string().trim().min(1).max(MAX_LABEL_TEXT),
        }),
      )
      .min(1)
      .max(MAX_SUGGESTED_LABELS),
  })
  .describe("labels to suggest kinds for");

export type LabelSuggestionsBody = z.infer<typeof labelSuggestionsBodySchema>;

/** What the model is asked to answer (the response format): a kind for each label it can place. */
export const labelSuggestionsAnswerSchema = z.object({
  suggestions: z
    .array(
      z.object({
        elementId: z.string().describe("The elementId of one of the labels sent."),
        kind: z.enum(COMPONENT_KINDS).exclude(["unknown"]).describe("The component kind the label names."),
        confidence: z.number().nullable().describe("How sure, from 0 to 1."),
      }),
    )
    .describe("One entry per label that names a component; leave out labels that do not."),
});

/**
 * How an answer is read: loosely, item by item, so a server that ignores the response format
 * (an invented kind, an id it was not sent, no confidence) loses that item, not the whole answer.
 */
export const labelSuggestionsReadSchema = z.object({ suggestions: z.array(z.unknown()) });

export const labelSuggestionItemSchema = z.object({
  elementId: z.string(),
  kind: z.string(),
  confidence: z.number().nullish(),
});
