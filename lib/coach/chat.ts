/**
 * The interviewer chat during an interview. The model knows the prompt, the phase, the time
 * left and the current graph (what the grader sees, as the page's run of the engine read it:
 * never the raw scene); it asks follow-ups and answers clarifying questions, and never draws
 * the solution.
 * Both sides of the conversation are saved as they happen.
 */
import type { OpenAIConfig } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { GradingLanguage } from "@/lib/grading/locales";
import { loadCoachContext } from "./context";
import { currentPhase } from "@/lib/interviews/client/phases";
import { buildGrounding, type Grounding } from "./grounding";
import { assertWithinBudget, callModel, requireModel } from "./model";
import { chatInstructions, groundingMessage } from "./prompts";
import type { ChatBody } from "./schemas";
import { appendMessage, loadTranscriptLines, type TranscriptMessage } from "./transcript";

export interface PreparedChat {
  config: OpenAIConfig;
  language: GradingLanguage;
  userId: string;
  interviewId: string;
  instructions: string;
  grounding: Grounding;
  history: TranscriptMessage[];
}

/**
 * Checks (owner, still running, model, budget), saves the candidate's message and gathers
 * the context. Sending the same message again after a failed reply does not repeat it.
 */
export async function prepareChat(
  db: Database,
  userId: string,
  interviewId: string,
  body: ChatBody,
  configured: OpenAIConfig | undefined,
  /** `language`: the candidate's interface language, which the interviewer replies in and the prompt is read in. */
  { now = new Date(), language = "en" }: { now?: Date; language?: GradingLanguage } = {},
): Promise<PreparedChat> {
  const config = requireModel(configured);
  const interview = await loadCoachContext(db, userId, interviewId, language);
  if (interview.status !== "in_progress") {
    throw new AppError("already_submitted", "This interview is over: the interviewer has stopped taking questions.");
  }
  const [, history] = await Promise.all([assertWithinBudget(db, userId, config), loadTranscriptLines(db, interviewId)]);
  const last = history.at(-1);
  if (!(last?.role === "candidate" && last.content === body.message)) {
    history.push(await appendMessage(db, interviewId, { role: "candidate", content: body.message }));
  }
  const prompt = interview.prompt;
  const duration = interview.deadline.getTime() - interview.startedAt.getTime();
  const position = currentPhase(now.getTime() - interview.startedAt.getTime(), duration);
  const minutesLeft = Math.max(0, Math.round((interview.deadline.getTime() - now.getTime()) / 60_000));
  return {
    config,
    language,
    userId,
    interviewId,
    instructions: chatInstructions({ phase: position.phase.title, minutesLeft, language }),
    grounding: buildGrounding({
      prompt: { title: prompt.title, brief: prompt.brief, requirements: prompt.requirements, scale: prompt.scale },
      graph: body.graph,
      notes: interview.notes,
      // The conversation goes as messages below, not inside the facts.
      transcript: [],
    }),
    history,
  };
}

/** What the interviewer says when the model answered nothing, in the candidate's language. */
const EMPTY_REPLY: Record<GradingLanguage, string> = {
  en: "Could you say a little more about that?",
  ko: "그 부분을 조금 더 설명해 주시겠어요?",
};

/** Streams the interviewer's reply to `onDelta` and saves it once complete. */
export async function writeChatReply(
  db: Database,
  prepared: PreparedChat,
  onDelta?: (text: string) => void,
  signal?: AbortSignal,
): Promise<TranscriptMessage> {
  const result = await callModel(db, {
    config: prepared.config,
    userId: prepared.userId,
    interviewId: prepared.interviewId,
    purpose: "chat",
    messages: [
      { role: "system", content: prepared.instructions },
      { role: "system", content: `The interview and the board now: ${groundingMessage(prepared.grounding)}` },
      ...prepared.history
        .slice(-40)
        .map((line) =>
          line.role === "candidate"
            ? { role: "user" as const, content: line.content }
            : { role: "assistant" as const, content: line.content },
        ),
    ],
    onDelta,
    signal,
  });
  const reply = result.content.trim() || EMPTY_REPLY[prepared.language];
  return appendMessage(db, prepared.interviewId, { role: "interviewer", content: reply });
}
