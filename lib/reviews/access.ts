// Who may see and do what on an interview's review and threads. Everything under
// lib/reviews goes through readReviewAccess: anyone outside the matrix gets the same
// "not found" as for a missing id, so ids cannot be probed.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { interviewNotFound } from "@/lib/interviews/errors";
import type { ReviewStatus } from "@/lib/interviews/status";

/**
 * - owner: the candidate whose interview it is (asks, withdraws, replies);
 * - reviewer: the mentor the review is (or was) assigned to (comments, overrides, completes);
 * - mentor: any other mentor, once a review was requested (reads);
 * - admin: reads everything and assigns reviews.
 */
export type ReviewerRole = "owner" | "reviewer" | "mentor" | "admin";

export interface ReviewAccess {
  role: ReviewerRole;
  interview: { id: string; userId: string; status: string };
  review: { id: string; status: ReviewStatus; mentorId: string | null } | null;
}

export async function readReviewAccess(db: Database, user: SessionUser, interviewId: string): Promise<ReviewAccess> {
  const interview = await db.interview.findUnique({
    where: { id: interviewId },
    select: { id: true, userId: true, status: true, review: { select: { id: true, status: true, mentorId: true } } },
  });
  if (!interview) throw interviewNotFound();
  const { review, ...rest } = interview;
  const access = (role: ReviewerRole): ReviewAccess => ({ role, interview: rest, review });
  if (interview.userId === user.id) return access("owner");
  if (user.role === "admin") return access("admin");
  if (user.role === "mentor" && review) return access(review.mentorId === user.id ? "reviewer" : "mentor");
  throw interviewNotFound();
}

export const reviewNotFound = () => new AppError("not_found", "No review was requested for this interview.");

/** The access of the mentor who holds the review now (claimed, not done); else a clear refusal. */
export async function requireActiveReviewer(db: Database, user: SessionUser, interviewId: string) {
  const access = await readReviewAccess(db, user, interviewId);
  const review = access.review;
  if (!review) throw reviewNotFound();
  if (access.role !== "reviewer") {
    throw new AppError("forbidden", "Only the mentor who claimed this review can change it.");
  }
  if (review.status !== "in_review") throw new AppError("review_state", "This review is already complete.");
  return { ...access, review };
}
