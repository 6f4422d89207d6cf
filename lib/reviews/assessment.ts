// The mentor's assessment: the signals the engine cannot judge, a recommendation and a
// summary; completing the review publishes it with the adjusted score.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import type { Recommendation } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { requireActiveReviewer } from "./access";
import { notify } from "./notifications";
import { SIGNALS, signalsSchema, type Signals } from "./schemas";
import { adjustedScore, listOverrides, loadGradedRubric } from "./verdicts";

export interface Assessment {
  signals: Signals;
  recommendation: Recommendation | null;
  summary: string;
}

/** A stored signals column, read defensively (an unreadable one counts as empty). */
export function readSignals(value: unknown): Signals {
  const parsed = signalsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** Saves the reviewer's draft; nothing is shown to the candidate until completion. */
export async function saveAssessment(db: Database, user: SessionUser, interviewId: string, input: Assessment) {
  const { review } = await requireActiveReviewer(db, user, interviewId);
  await db.review.update({
    where: { id: review.id },
    data: {
      signals: input.signals,
      recommendation: input.recommendation,
      summary: input.summary,
    },
  });
  return input;
}

/** What completion needs that the draft lacks, as field errors (empty when it can complete). */
export function missingForCompletion(assessment: Assessment): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  for (const signal of SIGNALS) {
    if (!assessment.signals[signal]) missing[`signals.${signal}`] = ["Score this signal from 1 to 4."];
  }
  if (!assessment.recommendation) missing.recommendation = ["Choose a recommendation."];
  if (!assessment.summary.trim()) missing.summary = ["Write a summary for the candidate."];
  return missing;
}

/** Publishes the review: its verdicts, the adjusted score, signals, recommendation and summary. */
export async function completeReview(db: Database, user: SessionUser, interviewId: string) {
  const { review, interview } = await requireActiveReviewer(db, user, interviewId);
  const stored = await db.review.findUniqueOrThrow({
    where: { id: review.id },
    select: { signals: true, recommendation: true, summary: true },
  });
  const assessment = { ...stored, signals: readSignals(stored.signals) };
  const missing = missingForCompletion(assessment);
  if (Object.keys(missing).length > 0) {
    throw new AppError("invalid_request", "The review is not finished: score every signal, recommend and summarise.", {
      fieldErrors: missing,
    });
  }
  const { findings, rubric } = await loadGradedRubric(db, interviewId);
  const score = adjustedScore(rubric, findings, await listOverrides(db, review.id));
  const completedAt = new Date();
  const done = await db.review.updateMany({
    where: { id: review.id, status: "in_review", mentorId: user.id },
    data: { status: "done", completedAt, scoreOverride: score },
  });
  if (done.count === 0) throw new AppError("review_state", "This review is no longer yours to complete.");
  await notify(db, { userIds: [interview.userId], actorId: user.id, kind: "review_completed", interviewId });
  return { status: "done" as const, adjustedScore: score, completedAt: completedAt.toISOString() };
}
