import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InterviewWorkspace } from "@/components/interview/interview-workspace";
import { loadTranscriptLines } from "@/lib/coach/transcript";
import { getEnv } from "@/lib/config/env";
import { orNotFound, requireSession } from "@/lib/http/page";
import { loadOwnInterview } from "@/lib/interviews/access";
import { interviewView, whiteboardData } from "@/lib/interviews/view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interview.meta"))("title") };
}

/** The interview: the candidate's whiteboard, for its owner, while it is running. */
export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, db } = await requireSession();
  // Loading settles an interview past its deadline, so a finished one goes to its report.
  const interview = await orNotFound(loadOwnInterview(db, user.id, id));
  if (interview.status !== "in_progress") redirect(`/interviews/${interview.id}/report`);
  const coach = { enabled: Boolean(getEnv().openai), transcript: await loadTranscriptLines(db, interview.id) };
  return (
    <InterviewWorkspace
      initial={whiteboardData(interviewView(interview, await getLocale()))}
      coach={coach}
      testHooks={getEnv().testHooks}
    />
  );
}
