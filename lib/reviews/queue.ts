import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { ReviewStatus } from "@/lib/interviews/status";
import { localizePrompt } from "@/lib/prompts/localize";
import type { QueueFilter } from "./schemas";

export interface QueuedReview {
  reviewId: string;
  interviewId: string;
  status: ReviewStatus;
  requestedAt: string;
  candidate: { id: string; name: string };
  prompt: { slug: string; title: string };
  score: number | null;
  mentor: { id: string; name: string } | null;
  note: string;
}

export const QUEUE_PAGE_SIZE = 50;

function queueWhere(user: SessionUser, filter: QueueFilter): Prisma.ReviewWhereInput {
  return {
    status: filter.state === "open" ? { in: ["requested", "in_review"] } : filter.state,
    ...(filter.mine ? { mentorId: user.id } : {}),
    ...(filter.prompt ? { interview: { prompt: { slug: filter.prompt } } } : {}),
    // A mentor who is also practising never sees their own interviews here.
    NOT: { interview: { userId: user.id } },
  };
}

/** The queue's prompt columns: its slug, and its title in the reader's language. */
const QUEUE_PROMPT_SELECT = { select: { slug: true, title: true, translations: true } } as const;

function queuedPrompt(prompt: { slug: string; title: string; translations: unknown }, locale: Locale) {
  return { slug: prompt.slug, title: localizePrompt(prompt, locale).title };
}

/**
 * Reviews for mentors and admins, oldest request first, with the total that match the filter;
 * prompt titles in `locale`.
 */
export async function listReviewQueue(
  db: Database,
  user: SessionUser,
  filter: QueueFilter = { state: "open", mine: false },
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ reviews: QueuedReview[]; total: number; asOf: number }> {
  const where = queueWhere(user, filter);
  const [rows, total] = await Promise.all([
    db.review.findMany({
      where,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        requestedAt: true,
        note: true,
        mentor: { select: { id: true, name: true } },
        interview: {
          select: {
            id: true,
            user: { select: { id: true, name: true } },
            prompt: QUEUE_PROMPT_SELECT,
            grade: { select: { score: true } },
          },
        },
      },
    }),
    db.review.count({ where }),
  ]);
  const reviews = rows.map((row) => ({
    reviewId: row.id,
    interviewId: row.interview.id,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    candidate: row.interview.user,
    prompt: queuedPrompt(row.interview.prompt, locale),
    score: row.interview.grade?.score ?? null,
    mentor: row.mentor,
    note: row.note,
  }));
  // The moment waiting times are counted to, so a page renders them without reading the clock.
  return { reviews, total, asOf: Date.now() };
}

export interface MentorOverview {
  open: QueuedReview[];
  done: (QueuedReview & { completedAt: string; adjustedScore: number | null })[];
  /** Median time from request to completion over the done reviews listed; null with none. */
  medianTurnaroundMs: number | null;
  asOf: number;
}

const DONE_LIMIT = 100;

/** A mentor's own page: open claims, done reviews and their median turnaround; prompt titles in `locale`. */
export async function loadMentorOverview(
  db: Database,
  user: SessionUser,
  locale: Locale = DEFAULT_LOCALE,
): Promise<MentorOverview> {
  const [open, doneRows] = await Promise.all([
    listReviewQueue(db, user, { state: "in_review", mine: true }, locale),
    db.review.findMany({
      where: { mentorId: user.id, status: "done" },
      orderBy: { completedAt: "desc" },
      take: DONE_LIMIT,
      select: {
        id: true,
        requestedAt: true,
        completedAt: true,
        scoreOverride: true,
        note: true,
        interview: {
          select: {
            id: true,
            user: { select: { id: true, name: true } },
            prompt: QUEUE_PROMPT_SELECT,
            grade: { select: { score: true } },
          },
        },
      },
    }),
  ]);
  const done = doneRows.map((row) => ({
    reviewId: row.id,
    interviewId: row.interview.id,
    status: "done" as const,
    requestedAt: row.requestedAt.toISOString(),
    completedAt: (row.completedAt ?? row.requestedAt).toISOString(),
    candidate: row.interview.user,
    prompt: queuedPrompt(row.interview.prompt, locale),
    score: row.interview.grade?.score ?? null,
    adjustedScore: row.scoreOverride,
    mentor: { id: user.id, name: user.name },
    note: row.note,
  }));
  const turnarounds = done.map((d) => Date.parse(d.completedAt) - Date.parse(d.requestedAt));
  return { open: open.reviews, done, medianTurnaroundMs: median(turnarounds), asOf: open.asOf };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
