import { loadOwnInterview } from "@/lib/interviews/access";
import { interviewRoute, noStore } from "@/lib/interviews/http";
import { interviewView } from "@/lib/interviews/view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The interview with its drawing, deadline and the server's clock (owner only). */
export const GET = interviewRoute(async ({ db, user, interviewId }) => {
  const interview = await loadOwnInterview(db, user.id, interviewId);
  return noStore({ interview: interviewView(interview) });
});
