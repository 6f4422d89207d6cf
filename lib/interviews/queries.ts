// Read side of interviews for the dashboard: a user's interviews split into the ones still
// running and the finished ones, with the prompt title and the grade's score.
import type { Database } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { FinishedStatus, ReviewStatus } from "@/lib/interviews/status";
import { settleExpiredInterviews } from "@/lib/interviews/submit";
import { localizePrompt } from "@/lib/prompts/localize";

export interface InProgressInterview {
  id: string;
  promptSlug: string;
  promptTitle: string;
  startedAt: Date;
  deadline: Date;
}

export interface PastInterview {
  id: string;
  promptSlug: string;
  promptTitle: string;
  status: FinishedStatus;
  startedAt: Date;
  /** When it ended: submitted, or the deadline for one that ran out of time. */
  endedAt: Date;
  /** The engine's score, 0..100; null when it has not been graded (yet). */
  score: number | null;
  /** A mentor's adjusted score, when a finished review set one. */
  reviewScore: number | null;
  review: ReviewStatus | null;
}

export interface UserInterviews {
  inProgress: InProgressInterview[];
  past: PastInterview[];
}

const PAST_LIMIT = 100;

/**
 * The columns a finished (or running) interview is listed with: its times, its prompt and
 * the mentor review. Callers add the grade's columns they need.
 */
export const PAST_INTERVIEW_SELECT = {
  id: true,
  status: true,
  startedAt: true,
  deadline: true,
  submittedAt: true,
  prompt: { select: { slug: true, title: true, translations: true } },
  review: { select: { status: true, scoreOverride: true } },
} as const;

/** The interviews of one user, newest first within each group, with prompt titles in `locale`. */
export async function listInterviewsForUser(
  db: Database,
  userId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<UserInterviews> {
  // Interviews whose time ran out while the tab was closed are graded before they are listed.
  await settleExpiredInterviews(db, userId);
  const [running, finished] = await Promise.all([
    db.interview.findMany({
      where: { userId, status: "in_progress" },
      orderBy: { deadline: "asc" },
      select: {
        id: true,
        startedAt: true,
        deadline: true,
        prompt: { select: { slug: true, title: true, translations: true } },
      },
    }),
    db.interview.findMany({
      where: { userId, status: { in: ["submitted", "expired"] } },
      orderBy: { startedAt: "desc" },
      take: PAST_LIMIT,
      select: { ...PAST_INTERVIEW_SELECT, grade: { select: { score: true } } },
    }),
  ]);

  return {
    inProgress: running.map((row) => ({
      id: row.id,
      promptSlug: row.prompt.slug,
      promptTitle: localizePrompt(row.prompt, locale).title,
      startedAt: row.startedAt,
      deadline: row.deadline,
    })),
    past: finished
      .map((row): PastInterview => ({
        id: row.id,
        promptSlug: row.prompt.slug,
        promptTitle: localizePrompt(row.prompt, locale).title,
        status: row.status === "expired" ? "expired" : "submitted",
        startedAt: row.startedAt,
        endedAt: row.submittedAt ?? row.deadline,
        score: row.grade?.score ?? null,
        reviewScore: row.review?.status === "done" ? (row.review.scoreOverride ?? null) : null,
        review: row.review?.status ?? null,
      }))
      .sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime()),
  };
}

/** The user's running interview on this prompt, if any (so "Start" can become "Resume"). */
export function findInProgressInterview(
  db: Database,
  userId: string,
  promptSlug: string,
): Promise<{ id: string; deadline: Date } | null> {
  return db.interview.findFirst({
    where: { userId, status: "in_progress", prompt: { slug: promptSlug } },
    orderBy: { startedAt: "desc" },
    select: { id: true, deadline: true },
  });
}
