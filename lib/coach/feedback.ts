/**
 * The coach's feedback on a report: grounded in the grade (prompt, graph, findings, notes,
 * transcript), stored with the model's name and the prompt version, shown again without a
 * call, regenerated on request within the budget. It reads the grade and never writes one:
 * no path leads from the model's answer to a score.
 */
import { zodResponseFormat } from "openai/helpers/zod";
import type { OpenAIConfig } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isGradingLanguage, type GradingLanguage } from "@/lib/grading/locales";
import { loadCoachContext } from "./context";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readGradeResult } from "@/lib/reports/grade";
import type { GradeResult } from "@/lib/grading/types";
import { buildGrounding, elementIndex, type Grounding } from "./grounding";
import { assertWithinBudget, callModel, modelFailure, requireModel, UnreadableAnswerError } from "./model";
import { FEEDBACK_PROMPT_VERSION, feedbackInstructions, groundingMessage } from "./prompts";
import { coachFeedbackSchema, type CoachFeedbackContent } from "./schemas";
import { readParsedAnswer } from "./answer";
import { loadTranscriptLines } from "./transcript";

/** Feedback as the report shows it. Element ids are expanded to every element of the component. */
export interface StoredFeedback {
  id: string;
  model: string;
  promptVersion: string;
  createdAt: string;
  /** The language it was written in (feedback stored before languages were asked for is English). */
  language: GradingLanguage;
  feedback: CoachFeedbackContent;
  /** Exactly what the model was sent. */
  sent: Grounding;
  usage: { promptTokens: number; completionTokens: number };
}

/** What a feedback request needs once the checks have passed. */
export interface PreparedFeedback {
  config: OpenAIConfig;
  userId: string;
  interviewId: string;
  gradeId: string;
  grade: GradeResult;
  grounding: Grounding;
  /** The reader's interface language, which the coach writes in. */
  language: GradingLanguage;
}

async function loadGraded(db: Database, userId: string, interviewId: string, locale: Locale) {
  const interview = await loadCoachContext(db, userId, interviewId, locale);
  if (interview.status === "in_progress" || !interview.grade) {
    throw new AppError("not_found", "This interview has no grade yet: submit it first.");
  }
  const grade = readGradeResult(interview.grade.result);
  if (!grade) throw new AppError("not_found", "This interview has no readable grade.");
  const prompt = interview.prompt;
  const grounding = buildGrounding({
    prompt: { title: prompt.title, brief: prompt.brief, requirements: prompt.requirements, scale: prompt.scale },
    graph: grade,
    findings: grade.findings,
    notes: interview.notes,
    transcript: await loadTranscriptLines(db, interviewId),
  });
  return { interview, gradeId: interview.grade.id, grade, grounding };
}

/** What the model would be sent for this report (the disclosure before any call), the prompt in `locale`. */
export async function feedbackGrounding(
  db: Database,
  userId: string,
  interviewId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Grounding> {
  return (await loadGraded(db, userId, interviewId, locale)).grounding;
}

/** The newest stored feedback of the user's report, or null; never calls the model. */
export async function loadFeedback(db: Database, userId: string, interviewId: string): Promise<StoredFeedback | null> {
  const interview = await loadCoachContext(db, userId, interviewId);
  if (!interview.grade) return null;
  const row = await db.feedback.findFirst({
    where: { gradeId: interview.grade.id },
    orderBy: { createdAt: "desc" },
  });
  return row ? readStoredFeedback(row) : null;
}

function readStoredFeedback(row: {
  id: string;
  model: string;
  promptVersion: string;
  createdAt: Date;
  content: unknown;
  promptTokens: number;
  completionTokens: number;
}): StoredFeedback | null {
  const content = row.content as { feedback?: unknown; sent?: Grounding; language?: unknown } | null;
  const feedback = coachFeedbackSchema.safeParse(content?.feedback);
  if (!feedback.success || !content?.sent) return null;
  return {
    id: row.id,
    model: row.model,
    promptVersion: row.promptVersion,
    createdAt: row.createdAt.toISOString(),
    language: isGradingLanguage(content.language) ? content.language : "en",
    feedback: feedback.data,
    sent: content.sent,
    usage: { promptTokens: row.promptTokens, completionTokens: row.completionTokens },
  };
}

/** Every check before a call (owner, grade, model, budget); throws AppError before anything streams. */
export async function prepareFeedback(
  db: Database,
  userId: string,
  interviewId: string,
  configured: OpenAIConfig | undefined,
  /** The reader's interface language: the coach writes in it and reads the prompt in it. */
  language: GradingLanguage = "en",
): Promise<PreparedFeedback> {
  const config = requireModel(configured);
  const loaded = await loadGraded(db, userId, interviewId, language);
  await assertWithinBudget(db, userId, config);
  return {
    config,
    userId,
    interviewId,
    gradeId: loaded.gradeId,
    grade: loaded.grade,
    grounding: loaded.grounding,
    language,
  };
}

/**
 * Keeps only rule ids the grade has and element ids of its components (a model may invent
 * either), expands each element id to its component's elements for highlighting, and keeps
 * at most three fixes.
 */
export function groundFeedback(answer: CoachFeedbackContent, grade: GradeResult): CoachFeedbackContent {
  const rules = new Set(grade.findings.map((finding) => finding.ruleId as string));
  const elements = elementIndex(grade.components);
  return {
    summary: answer.summary.trim(),
    strengths: answer.strengths
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 3),
    fixes: answer.fixes.slice(0, 3).map((fix) => ({
      title: fix.title.trim(),
      detail: fix.detail.trim(),
      ruleIds: [...new Set(fix.ruleIds.filter((id) => rules.has(id)))],
      elementIds: [...new Set(fix.elementIds.flatMap((id) => elements.get(id) ?? []))],
    })),
    deepDiveQuestion: answer.deepDiveQuestion.trim(),
  };
}

function readFeedbackAnswer(content: string): CoachFeedbackContent {
  try {
    const answer = readParsedAnswer(content, coachFeedbackSchema);
    if (answer.fixes.length === 0) throw new UnreadableAnswerError("no fixes");
    return answer;
  } catch (error) {
    // The call itself was recorded; an answer that cannot be read is a failure to retry.
    throw modelFailure(error);
  }
}

function plainText(feedback: CoachFeedbackContent): string {
  return [
    feedback.summary,
    ...feedback.strengths.map((s) => `+ ${s}`),
    ...feedback.fixes.map((fix, i) => `${i + 1}. ${fix.title}: ${fix.detail}`),
    `? ${feedback.deepDiveQuestion}`,
  ].join("\n");
}

/** Calls the model (streaming its text to `onDelta`), checks its ids, stores and returns the feedback. */
export async function writeFeedback(
  db: Database,
  prepared: PreparedFeedback,
  onDelta?: (text: string) => void,
  signal?: AbortSignal,
): Promise<StoredFeedback> {
  const result = await callModel(db, {
    config: prepared.config,
    userId: prepared.userId,
    interviewId: prepared.interviewId,
    purpose: "feedback",
    messages: [
      { role: "system", content: feedbackInstructions(prepared.language) },
      { role: "user", content: groundingMessage(prepared.grounding) },
    ],
    responseFormat: zodResponseFormat(coachFeedbackSchema, "coach_feedback"),
    onDelta,
    signal,
  });
  const feedback = groundFeedback(readFeedbackAnswer(result.content), prepared.grade);
  const row = await db.feedback.create({
    data: {
      gradeId: prepared.gradeId,
      model: result.model,
      promptVersion: FEEDBACK_PROMPT_VERSION,
      body: plainText(feedback),
      content: { feedback, sent: prepared.grounding, language: prepared.language },
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
    },
  });
  return readStoredFeedback(row)!;
}
