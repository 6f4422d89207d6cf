import { z } from "zod";
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

/** A candidate's message to the interviewer, with what the board shows now. */
export const chatBodySchema = z
  .object({
    message: z.string().trim().min(1, "Write a message first.").max(MAX_CHAT_MESSAGE_CHARS),
    // The live drawing's elements: read into the graph on the server, never sent on as they are.
    elements: z.array(z.unknown()).max(20_000).default([]),
  })
  .describe("message to the interviewer");

export type ChatBody = z.infer<typeof chatBodySchema>;
