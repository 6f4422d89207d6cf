// Who reviews what: claiming (atomic), releasing, and an admin's assignment.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { interviewNotFound } from "@/lib/interviews/errors";
import { readReviewAccess, reviewNotFound } from "./access";
import { notify } from "./notifications";

/**
 * Claims a requested review for the mentor. The change is one conditional update, so of two
 * mentors claiming at once exactly one wins; the other is told who did.
 */
export async function claimReview(db: Database, user: SessionUser, interviewId: string) {
  const access = await readReviewAccess(db, user, interviewId);
  if (access.role === "owner") throw new AppError("forbidden", "You cannot review your own interview.");
  if (user.role !== "mentor" && user.role !== "admin") throw interviewNotFound();
  if (!access.review) throw reviewNotFound();
  const now = new Date();
  const won = await db.review.updateMany({
    where: { interviewId, status: "requested", mentorId: null },
    data: { status: "in_review", mentorId: user.id, claimedAt: now },
  });
  if (won.count === 0) throw await claimRefusal(db, interviewId, user.id);
  await notify(db, { userIds: [access.interview.userId], actorId: user.id, kind: "review_claimed", interviewId });
  return { status: "in_review" as const, mentor: { id: user.id, name: user.name }, claimedAt: now.toISOString() };
}

async function claimRefusal(db: Database, interviewId: string, userId: string): Promise<AppError> {
  const review = await db.review.findUnique({
    where: { interviewId },
    select: { status: true, mentor: { select: { id: true, name: true } } },
  });
  if (!review) return reviewNotFound();
  if (review.status === "done") return new AppError("review_state", "This review is already complete.");
  if (review.mentor?.id === userId) return new AppError("review_state", "You have already claimed this review.");
  const name = review.mentor?.name ?? "Another mentor";
  return new AppError("already_claimed", `${name} claimed this review first.`, {
    claimedBy: review.mentor ?? null,
  });
}

/** Gives a claim back to the queue; the draft verdicts go with it, the comments stay. */
export async function releaseReview(db: Database, user: SessionUser, interviewId: string): Promise<void> {
  const access = await readReviewAccess(db, user, interviewId);
  if (!access.review) throw reviewNotFound();
  if (access.role !== "reviewer" && access.role !== "admin") {
    throw new AppError("forbidden", "Only the mentor who claimed this review can release it.");
  }
  await db.$transaction(async (tx) => {
    const released = await tx.review.updateMany({
      where: { interviewId, status: "in_review" },
      data: { status: "requested", mentorId: null, claimedAt: null },
    });
    if (released.count === 0) throw new AppError("review_state", "Only a review in progress can be released.");
    await tx.reviewOverride.deleteMany({ where: { reviewId: access.review!.id } });
  });
}

/** An admin hands a review that is not done to a mentor (or reassigns it). */
export async function assignReview(db: Database, admin: SessionUser, interviewId: string, mentorId: string) {
  const access = await readReviewAccess(db, admin, interviewId);
  if (access.role !== "admin") throw new AppError("forbidden", "Only an admin can assign reviews.");
  if (!access.review) throw reviewNotFound();
  const mentor = await db.user.findUnique({ where: { id: mentorId }, select: { id: true, name: true, role: true } });
  if (!mentor || (mentor.role !== "mentor" && mentor.role !== "admin")) {
    throw new AppError("invalid_request", "Reviews go to a mentor: that account is not one.", {
      fieldErrors: { mentorId: ["Not a mentor."] },
    });
  }
  if (mentor.id === access.interview.userId) {
    throw new AppError("invalid_request", "Nobody reviews their own interview.");
  }
  const now = new Date();
  const assigned = await db.review.updateMany({
    where: { interviewId, status: { not: "done" } },
    data: { status: "in_review", mentorId: mentor.id, claimedAt: now },
  });
  if (assigned.count === 0) throw new AppError("review_state", "This review is already complete.");
  if (access.review.mentorId !== mentor.id) {
    await db.reviewOverride.deleteMany({ where: { reviewId: access.review.id } });
  }
  await notify(db, {
    userIds: [access.interview.userId, mentor.id],
    actorId: admin.id,
    kind: "review_claimed",
    interviewId,
  });
  return { status: "in_review" as const, mentor: { id: mentor.id, name: mentor.name } };
}

export interface AssignableMentor {
  id: string;
  name: string;
}

/** Everyone a review can be assigned to (mentors and admins), by name, for an admin's assignment control. */
export function listAssignableMentors(db: Database): Promise<AssignableMentor[]> {
  return db.user.findMany({
    where: { role: { in: ["mentor", "admin"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
