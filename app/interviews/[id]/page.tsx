import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { InterviewWorkspace } from "@/components/interview/interview-workspace";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { loadOwnInterview } from "@/lib/interviews/access";
import { InterviewError } from "@/lib/interviews/errors";
import { normaliseScene } from "@/lib/interviews/client/scene";
import type { InterviewInitialData } from "@/lib/interviews/client/types";
import { interviewView } from "@/lib/interviews/view";
import { rubricSchema } from "@/lib/prompts/schema";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Interview" };

// Prompts are validated when written; these read them back defensively, so one odd row
// shows an empty section instead of breaking the page.
const requirementsSchema = z.object({
  functional: z.array(z.string()).catch([]),
  nonFunctional: z.array(z.string()).catch([]),
});
const scaleSchema = z.array(z.object({ label: z.string(), value: z.string() }));

type Params = { params: Promise<{ id: string }> };

async function load(userId: string, id: string) {
  try {
    return await loadOwnInterview(await getDb(), userId, id);
  } catch (error) {
    if (error instanceof InterviewError && error.code === "not_found") notFound();
    throw error;
  }
}

/** The interview: the candidate's whiteboard, for its owner, while it is running. */
export default async function InterviewPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${encodeURIComponent(id)}`);
  // Loading settles an interview past its deadline, so a finished one goes to its report.
  const interview = await load(user.id, id);
  if (interview.status !== "in_progress") redirect(`/interviews/${interview.id}/report`);

  const view = interviewView(interview);
  const requirements = requirementsSchema.safeParse(view.prompt.requirements);
  const scale = scaleSchema.safeParse(view.prompt.scale);
  const rubric = rubricSchema.safeParse(view.prompt.rubric);
  const initial: InterviewInitialData = {
    id: view.id,
    version: view.version,
    scene: normaliseScene(view.scene),
    notes: view.notes ?? "",
    startedAt: view.startedAt.toISOString(),
    deadline: view.deadline.toISOString(),
    serverNow: view.serverNow.toISOString(),
    prompt: {
      slug: view.prompt.slug,
      title: view.prompt.title,
      brief: view.prompt.brief,
      requirements: requirements.success ? requirements.data : { functional: [], nonFunctional: [] },
      scale: scale.success ? scale.data : [],
      durationMinutes: view.prompt.durationMinutes,
      rubric: rubric.success ? rubric.data : null,
    },
  };
  return <InterviewWorkspace initial={initial} />;
}
