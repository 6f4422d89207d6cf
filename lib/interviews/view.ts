import type { loadOwnInterview } from "@/lib/interviews/access";
import type { InterviewInitialData } from "@/lib/interviews/client/types";
import { normaliseScene } from "@/lib/interviews/scene";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizePrompt } from "@/lib/prompts/localize";
import { readStoredPrompt } from "@/lib/prompts/stored";

type LoadedInterview = Awaited<ReturnType<typeof loadOwnInterview>>;

/**
 * The JSON an interview's owner gets: everything the interview page needs, with the server's
 * clock, and the prompt in the reader's language.
 */
export function interviewView(interview: LoadedInterview, locale: Locale = DEFAULT_LOCALE, now = new Date()) {
  const prompt = localizePrompt(readStoredPrompt(interview.prompt), locale);
  return {
    id: interview.id,
    status: interview.status,
    version: interview.version,
    scene: interview.scene,
    notes: interview.notes,
    startedAt: interview.startedAt,
    deadline: interview.deadline,
    submittedAt: interview.submittedAt,
    serverNow: now,
    prompt: {
      slug: prompt.slug,
      title: prompt.title,
      brief: prompt.brief,
      requirements: prompt.requirements,
      scale: prompt.scale,
      durationMinutes: prompt.durationMinutes,
      rubric: prompt.rubric,
    },
    grade: interview.grade
      ? {
          score: interview.grade.score,
          engineVersion: interview.grade.engineVersion,
          result: interview.grade.result,
          createdAt: interview.grade.createdAt,
        }
      : null,
  };
}

/** What the whiteboard page hands its client side: the same view as plain JSON, without Dates. */
export function whiteboardData(view: ReturnType<typeof interviewView>): InterviewInitialData {
  return {
    id: view.id,
    version: view.version,
    scene: normaliseScene(view.scene),
    notes: view.notes,
    startedAt: view.startedAt.toISOString(),
    deadline: view.deadline.toISOString(),
    serverNow: view.serverNow.toISOString(),
    prompt: view.prompt,
  };
}
