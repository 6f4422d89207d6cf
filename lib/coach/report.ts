// What the report's coach section needs, read without calling the model.
import type { OpenAIConfig } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { AppError } from "@/lib/errors/app-error";
import { feedbackGrounding, loadFeedback, type StoredFeedback } from "./feedback";
import type { Grounding } from "./grounding";
import { callsLeftToday } from "./model";
import { loadTranscriptLines, type TranscriptMessage } from "./transcript";

export interface CoachReport {
  /** A language model is configured. */
  enabled: boolean;
  /** The newest stored feedback, or null. */
  feedback: StoredFeedback | null;
  /** What a new request would send (the stored feedback shows what its request sent). */
  sent: Grounding;
  callsLeft: number;
  transcript: TranscriptMessage[];
}

/**
 * The coach's part of one of the user's reports (null without a readable grade), what it would
 * send grounded in the prompt in `locale`; "not found" for anyone else's.
 */
export async function loadCoachReport(
  db: Database,
  userId: string,
  interviewId: string,
  config: OpenAIConfig | undefined,
  locale: Locale = DEFAULT_LOCALE,
): Promise<CoachReport | null> {
  // Both of these check that the report is the user's before anything else is read.
  const [feedback, sent] = await Promise.all([
    loadFeedback(db, userId, interviewId),
    // A grade this build cannot read has nothing to coach on: no section, not a broken page.
    feedbackGrounding(db, userId, interviewId, locale).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") return null;
      throw error;
    }),
  ]);
  if (!sent) return null;
  const [callsLeft, transcript] = await Promise.all([
    config ? callsLeftToday(db, userId, config) : 0,
    loadTranscriptLines(db, interviewId),
  ]);
  return { enabled: Boolean(config), feedback, sent, callsLeft, transcript };
}
