// The interview as the coach needs it: for its owner only, settled if overdue (as
// loadOwnInterview does), but without the drawing, which the coach never reads. The prompt
// comes in the candidate's language, so the coach is grounded in the text they read.
import type { Database } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { assertOwnInterview } from "@/lib/interviews/access";
import { settleIfExpired } from "@/lib/interviews/submit";
import { localizePrompt } from "@/lib/prompts/localize";
import { readStoredPrompt } from "@/lib/prompts/stored";

export async function loadCoachContext(
  db: Database,
  userId: string,
  interviewId: string,
  locale: Locale = DEFAULT_LOCALE,
) {
  await assertOwnInterview(db, userId, interviewId);
  await settleIfExpired(db, interviewId);
  const interview = await db.interview.findUniqueOrThrow({
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
  return { ...interview, prompt: localizePrompt(readStoredPrompt(interview.prompt), locale) };
}
