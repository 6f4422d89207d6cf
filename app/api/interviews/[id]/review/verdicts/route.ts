import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { overrideBodySchema } from "@/lib/reviews/schemas";
import { setVerdictOverride } from "@/lib/reviews/verdicts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The reviewing mentor's verdict on one rule (`status: null` takes it back); answers the adjusted score. */
export const PUT = route(
  { auth: { roles: ["mentor", "admin"] }, params: interviewParamsSchema, body: overrideBodySchema },
  async ({ db, user, params, body }) => json(await setVerdictOverride(db, user, params.id, body)),
);
