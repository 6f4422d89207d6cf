import type { Database } from "@/lib/db/client";
import type { ReviewStatus } from "@/lib/interviews/status";

/** A review nobody has finished yet. */
type OpenReviewStatus = Exclude<ReviewStatus, "done">;
const OPEN_STATUSES: OpenReviewStatus[] = ["requested", "in_review"];

export interface QueuedReview {
  reviewId: string;
  interviewId: string;
  status: OpenReviewStatus;
  requestedAt: Date;
  candidate: { id: string; name: string };
  prompt: { slug: string; title: string };
  score: number | null;
  mentorId: string | null;
}

/** Designs waiting for a mentor, oldest request first. */
export async function listReviewQueue(db: Database, limit = 50): Promise<QueuedReview[]> {
  const rows = await db.review.findMany({
    where: { status: { in: OPEN_STATUSES } },
    orderBy: { requestedAt: "asc" },
    take: limit,
    include: {
      interview: {
        select: {
          id: true,
          user: { select: { id: true, name: true } },
          prompt: { select: { slug: true, title: true } },
          grade: { select: { score: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    reviewId: row.id,
    interviewId: row.interview.id,
    status: row.status as OpenReviewStatus,
    requestedAt: row.requestedAt,
    candidate: row.interview.user,
    prompt: row.interview.prompt,
    score: row.interview.grade?.score ?? null,
    mentorId: row.mentorId,
  }));
}
