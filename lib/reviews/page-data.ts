// What a page with a review on it loads: the review as the viewer may see it and its
// comments (the live view continues from the cursor), and, for the mentor's workspace, the
// report of someone else's interview.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { interviewNotFound } from "@/lib/interviews/errors";
import { localizePrompt } from "@/lib/prompts/localize";
import { liveScene } from "@/lib/reports/load";
import { buildReport } from "@/lib/reports/report";
import { readReviewAccess } from "./access";
import { listComments } from "./comments";
import { loadReviewView } from "./view";

export async function loadReviewThreads(db: Database, user: SessionUser, interviewId: string) {
  const view = await loadReviewView(db, user, interviewId);
  const threads = view.review
    ? await listComments(db, user, interviewId)
    : { comments: [], cursor: new Date().toISOString() };
  return { view, ...threads };
}

/**
 * The report of an interview whose review the mentor (or an admin) may read, its prompt in
 * `locale`; the owner has the report page itself, so here they get "not found" like anyone
 * outside the review.
 */
export async function loadReviewedReport(
  db: Database,
  user: SessionUser,
  interviewId: string,
  locale: Locale = DEFAULT_LOCALE,
) {
  const access = await readReviewAccess(db, user, interviewId);
  if (access.role === "owner" || !access.review || access.interview.status === "in_progress") {
    throw interviewNotFound();
  }
  const interview = await db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    include: {
      prompt: true,
      grade: true,
      review: { select: { status: true, scoreOverride: true, overrideReason: true } },
    },
  });
  const report = buildReport({
    interview: { ...interview, status: interview.status === "expired" ? "expired" : "submitted" },
    prompt: localizePrompt(interview.prompt, locale),
    grade: interview.grade,
    review: interview.review,
  });
  return { report, scene: liveScene(interview.scene) };
}
