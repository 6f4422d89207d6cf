// The interview as the coach needs it: for its owner only, settled if overdue (as
// loadOwnInterview does), but without the drawing, which the coach never reads.
import type { Database } from "@/lib/db/client";
import { assertOwnInterview } from "@/lib/interviews/access";
import { settleIfExpired } from "@/lib/interviews/submit";

export async function loadCoachContext(db: Database, userId: string, interviewId: string) {
  await assertOwnInterview(db, userId, interviewId);
  await settleIfExpired(db, interviewId);
  return db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: {
      status: true,
      startedAt: true,
      deadline: true,
      notes: true,
      prompt: true,
      grade: { select: { id: true, result: true } },
    },
  });
}
