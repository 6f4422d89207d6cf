import type { Database } from "@/lib/db/client";

export interface QueuedReview {
  reviewId: string;
  interviewId: string;
  status: "requested" | "in_review";
  requestedAt: Date;
  candidate: { id: string; name: string };
  prompt: { slug: string; title: string };
  score: number | null;
  mentorId: string | null;
}

/** Designs waiting for a mentor, oldest request first. */
export async function listReviewQueue(db: Database, limit = 50): Promise<QueuedReview[]> {
  const rows = await db.review.findMany({
    where: { status: { in: ["requested", "in_review"] } },
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
    status: row.status as QueuedReview["status"],
    requestedAt: row.requestedAt,
    candidate: row.interview.user,
    prompt: row.interview.prompt,
    score: row.interview.grade?.score ?? null,
    mentorId: row.mentorId,
  }));
}
