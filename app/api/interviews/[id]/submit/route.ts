import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema, SAVE_BODY_MAX_BYTES, submitInterviewBodySchema } from "@/lib/interviews/schemas";
import { submitInterview } from "@/lib/interviews/submit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Submits and grades (idempotent: a second submit answers the stored grade). */
export const POST = route(
  {
    auth: "user",
    params: interviewParamsSchema,
    body: submitInterviewBodySchema,
    maxBodyBytes: SAVE_BODY_MAX_BYTES,
  },
  async ({ db, user, params, body }) => {
    const result = await submitInterview(db, user.id, params.id, body);
    return json({
      id: result.id,
      status: result.status,
      submittedAt: result.submittedAt,
      grade: result.grade && {
        score: result.grade.score,
        engineVersion: result.grade.engineVersion,
        result: result.grade.result,
      },
      reportUrl: `/interviews/${result.id}/report`,
    });
  },
);
