import type { loadOwnInterview } from "@/lib/interviews/access";

type LoadedInterview = Awaited<ReturnType<typeof loadOwnInterview>>;

/** The JSON an interview's owner gets: everything the interview page needs, with the server's clock. */
export function interviewView(interview: LoadedInterview, now = new Date()) {
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
      slug: interview.prompt.slug,
      title: interview.prompt.title,
      brief: interview.prompt.brief,
      requirements: interview.prompt.requirements,
      scale: interview.prompt.scale,
      durationMinutes: interview.prompt.durationMinutes,
      rubric: interview.prompt.rubric,
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
