// The candidate's side of a review: asking for one, and taking the request back.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { interviewNotFound } from "@/lib/interviews/errors";
import { readReviewAccess, reviewNotFound } from "./access";

/** Asks a mentor to review a graded interview of the user's own, with an optional note. */
export async function requestReview(db: Database, user: SessionUser, interviewId: string, note: string) {
  const access = await readReviewAccess(db, user, interviewId);
  if (access.role !== "owner") throw interviewNotFound();
  if (access.review) throw new AppError("review_state", "A review of this interview was already requested.");
  const grade = await db.grade.findUnique({ where: { interviewId }, select: { id: true } });
  if (access.interview.status === "in_progress" || !grade) {
    throw new AppError("review_state", "Only a submitted, graded interview can be reviewed.");
  }
  try {
    return await db.review.create({ data: { interviewId, note }, select: { id: true, status: true } });
  } catch (error) {
    // Two tabs asking at once: the first request stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("review_state", "A review of this interview was already requested.");
    }
    throw error;
  }
}

/** Takes back a request nobody has claimed yet (conditional, so it cannot race a claim). */
export async function withdrawReview(db: Database, user: SessionUser, interviewId: string): Promise<void> {
  const access = await readReviewAccess(db, user, interviewId);
  if (access.role !== "owner") throw interviewNotFound();
  if (!access.review) throw reviewNotFound();
  const removed = await db.review.deleteMany({ where: { interviewId, status: "requested", mentorId: null } });
  if (removed.count === 0) {
    throw new AppError("review_state", "A mentor has already claimed this review, so it can no longer be withdrawn.");
  }
}
