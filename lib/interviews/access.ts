import type { Database } from "@/lib/db/client";
import { notFound } from "@/lib/interviews/errors";
import { settleIfExpired } from "@/lib/interviews/submit";

/**
 * Loads an interview for its owner only; anyone else gets the same "not found" as for a
 * missing id. An interview found past its deadline is submitted first (lazy time-out), so
 * what the caller sees never depends on the candidate's browser having stayed open.
 */
export async function loadOwnInterview(db: Database, userId: string, interviewId: string) {
  const owned = await db.interview.findFirst({ where: { id: interviewId, userId }, select: { id: true } });
  if (!owned) throw notFound();
  await settleIfExpired(db, interviewId);
  return db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    include: { prompt: true, grade: true },
  });
}
