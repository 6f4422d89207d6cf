import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { gradeScene, InvalidSceneError } from "@/lib/grading";
import type { GradeResult } from "@/lib/grading/types";
import { saveDraft, type DraftSave } from "@/lib/interviews/draft";
import { interviewNotFound } from "@/lib/interviews/errors";
import { DEADLINE_GRACE_MS, isPastGrace } from "@/lib/interviews/timing";
import { sceneJson } from "@/lib/interviews/scene";
import type { FinishedStatus } from "@/lib/interviews/status";
import { readStoredPrompt } from "@/lib/prompts/stored";

type StoredPromptRow = Parameters<typeof readStoredPrompt>[0];

/** Grades a stored scene with the prompt's rubric; a scene the engine refuses grades as empty. */
function gradeStoredScene(scene: unknown, row: StoredPromptRow): GradeResult {
  const { slug, rubric } = readStoredPrompt(row);
  try {
    return gradeScene(scene, rubric, { prompt: slug });
  } catch (error) {
    if (!(error instanceof InvalidSceneError)) throw error;
    return gradeScene({ type: "excalidraw", elements: [] }, rubric, { prompt: slug });
  }
}

/**
 * Ends an in-progress interview: grades its last saved drawing and stores the grade, once.
 * The status change is conditional, so a submit racing a time-out (or two tabs submitting)
 * produces exactly one grade; the loser simply reads it.
 */
async function finalise(db: Database, interviewId: string, status: FinishedStatus, now: Date) {
  const interview = await db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    include: { prompt: { select: { slug: true, requirements: true, scale: true, rubric: true } } },
  });
  if (interview.status !== "in_progress") return;
  const result = gradeStoredScene(interview.scene, interview.prompt);
  const endedAt = status === "expired" ? interview.deadline : now;
  try {
    await db.$transaction(async (tx) => {
      const changed = await tx.interview.updateMany({
        where: { id: interviewId, status: "in_progress" },
        data: { status, submittedAt: endedAt },
      });
      if (changed.count === 0) return;
      await tx.grade.create({
        data: {
          interviewId,
          engineVersion: result.engineVersion,
          score: result.score,
          result: result as unknown as Prisma.InputJsonValue,
        },
      });
      await tx.revision.create({
        data: {
          interviewId,
          version: interview.version,
          scene: sceneJson(interview.scene),
          notes: interview.notes,
          reason: status === "expired" ? "timeout" : "submit",
          createdAt: endedAt,
        },
      });
    });
  } catch (error) {
    // Another process stored the grade first (unique interviewId): that grade stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return;
    throw error;
  }
}

/** Lazy time-out: an interview found past its deadline (plus grace) is submitted as it was. */
export async function settleIfExpired(db: Database, interviewId: string, now = new Date()): Promise<void> {
  const interview = await db.interview.findUnique({
    where: { id: interviewId },
    select: { status: true, deadline: true },
  });
  if (interview?.status === "in_progress" && isPastGrace(interview.deadline, now)) {
    await finalise(db, interviewId, "expired", now);
  }
}

/** Settles every overdue interview of one user (the dashboard calls this before listing). */
export async function settleExpiredInterviews(db: Database, userId: string, now = new Date()): Promise<number> {
  const overdue = await db.interview.findMany({
    where: { userId, status: "in_progress", deadline: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    select: { id: true },
  });
  for (const { id } of overdue) await settleIfExpired(db, id, now);
  return overdue.length;
}

/**
 * Submits an interview, optionally with a last save. Idempotent: submitting again returns the
 * stored grade. Past the deadline's grace the interview is settled as expired instead.
 */
export async function submitInterview(
  db: Database,
  userId: string,
  interviewId: string,
  finalSave?: DraftSave,
  now = new Date(),
) {
  const owned = await db.interview.findFirst({
    where: { id: interviewId, userId },
    select: { status: true, deadline: true },
  });
  if (!owned) throw interviewNotFound();
  if (owned.status === "in_progress") {
    if (isPastGrace(owned.deadline, now)) {
      await settleIfExpired(db, interviewId, now);
    } else {
      if (finalSave) await saveDraft(db, userId, interviewId, finalSave, now);
      await finalise(db, interviewId, "submitted", now);
    }
  }
  return db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: { id: true, status: true, submittedAt: true, grade: true },
  });
}
