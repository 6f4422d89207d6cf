import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { loadOwnInterview } from "@/lib/interviews/access";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { interviewView } from "@/lib/interviews/view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The interview with its drawing, deadline and the server's clock (owner only). */
export const GET = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) => {
  const interview = await loadOwnInterview(db, user.id, params.id);
  return json({ interview: interviewView(interview) });
});
