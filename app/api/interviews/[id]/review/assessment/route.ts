import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { saveAssessment } from "@/lib/reviews/assessment";
import { assessmentBodySchema } from "@/lib/reviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The reviewing mentor's draft: signals, recommendation, summary (shown once completed). */
export const PUT = route(
  { auth: { roles: ["mentor", "admin"] }, params: interviewParamsSchema, body: assessmentBodySchema },
  async ({ db, user, params, body }) => json(await saveAssessment(db, user, params.id, body)),
);
