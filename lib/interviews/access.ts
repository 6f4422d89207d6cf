import type { Database } from "@/lib/db/client";
import { interviewNotFound } from "@/lib/interviews/errors";
import { settleIfExpired } from "@/lib/interviews/submit";

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
 * Throws "not found" unless the interview is the user's. Cheaper than loadOwnInterview: it
 * neither loads the drawing nor settles an overdue interview (the interview's layout uses it).
 */
export async function assertOwnInterview(db: Database, userId: string, interviewId: string): Promise<void> {
  const owned = await db.interview.findFirst({ where: { id: interviewId, userId }, select: { id: true } });
  if (!owned) throw interviewNotFound();
}
