// The review as a page or a client component reads it: plain JSON, shaped by who is asking
// (the candidate sees the verdicts, signals and summary only once the review is done).
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import type { Recommendation } from "@/lib/db/generated/enums";
import type { ReviewStatus } from "@/lib/interviews/status";
import { readReviewAccess, type ReviewerRole } from "./access";
import { readSignals } from "./assessment";
import type { Signals } from "./schemas";
import { adjustedScore, listOverrides, loadGradedRubric, type VerdictOverrideView } from "./verdicts";

export interface ReviewView {
  viewer: ReviewerRole;
  interviewId: string;
  candidate: { id: string; name: string };
  review: {
    status: ReviewStatus;
    note: string;
    requestedAt: string;
    claimedAt: string | null;
    completedAt: string | null;
    mentor: { id: string; name: string } | null;
    overrides: VerdictOverrideView[];
    adjustedScore: number | null;
    signals: Signals;
    recommendation: Recommendation | null;
    summary: string;
  } | null;
}

export async function loadReviewView(db: Database, user: SessionUser, interviewId: string): Promise<ReviewView> {
  const access = await readReviewAccess(db, user, interviewId);
  const candidate = await db.user.findUniqueOrThrow({
    where: { id: access.interview.userId },
    select: { id: true, name: true },
  });
  const base = { viewer: access.role, interviewId, candidate };
  if (!access.review) return { ...base, review: null };
  const row = await db.review.findUniqueOrThrow({
    where: { id: access.review.id },
    include: { mentor: { select: { id: true, name: true } } },
  });
  // The candidate sees the mentor's work once it is published; mentors and admins see the draft.
  const published = row.status === "done" || access.role !== "owner";
  const overrides = published ? await listOverrides(db, row.id) : [];
  let score: number | null = null;
  if (published) {
    if (row.status === "done") score = row.scoreOverride;
    else {
      const { findings, rubric } = await loadGradedRubric(db, interviewId);
      score = adjustedScore(rubric, findings, overrides);
    }
  }
  return {
    ...base,
    review: {
      status: row.status,
      note: row.note,
      requestedAt: row.requestedAt.toISOString(),
      claimedAt: row.claimedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
      mentor: row.mentor,
      overrides,
      adjustedScore: score,
      signals: published ? readSignals(row.signals) : {},
      recommendation: published ? row.recommendation : null,
      summary: published ? row.summary : "",
    },
  };
}
