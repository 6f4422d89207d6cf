import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { completeReview } from "@/lib/reviews/assessment";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Publishes the review to the candidate; 400 with fieldErrors lists what is still missing. */
export const POST = route(
  { auth: { roles: ["mentor", "admin"] }, params: interviewParamsSchema },
  async ({ db, user, params }) => json(await completeReview(db, user, params.id)),
);
