import type { Database } from "@/lib/db/client";
import { interviewNotFound } from "@/lib/interviews/errors";
import { settleIfExpired } from "@/lib/interviews/submit";
import { isPastGrace } from "@/lib/interviews/timing";

/**
 * Loads an interview for its owner only; anyone else gets the same "not found" as for a
 * missing id. An interview found past its deadline is submitted first (lazy time-out), so
 * what the caller sees never depends on the candidate's browser having stayed open.
 */
export async function loadOwnInterview(db: Database, userId: string, interviewId: string) {
  await assertOwnInterview(db, userId, interviewId);
  await settleIfExpired(db, interviewId);
  return db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    include: { prompt: true, grade: true },
  });
}

/**
 * Throws "not found" unless the interview is the user's, and says whether it is still running
 * (in progress, and not past its deadline's grace, as settleIfExpired counts it). Cheaper than loadOwnInterview: it neither loads the
 * drawing nor settles an overdue interview (the interview's layouts use it).
 */
export async function assertOwnInterview(
  db: Database,
  userId: string,
  interviewId: string,
  now = new Date(),
): Promise<{ running: boolean }> {
  const owned = await db.interview.findFirst({
    where: { id: interviewId, userId },
    select: { status: true, deadline: true },
  });
  if (!owned) throw interviewNotFound();
  return { running: owned.status === "in_progress" && !isPastGrace(owned.deadline, now) };
}
