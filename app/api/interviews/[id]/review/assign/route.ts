import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { assignReview } from "@/lib/reviews/claims";
import { assignBodySchema } from "@/lib/reviews/schemas";
import { loadReviewView } from "@/lib/reviews/view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Admins: hand the review to a mentor, e.g. `{ "mentorId": "..." }`. */
export const PUT = route(
  { auth: { roles: ["admin"] }, params: interviewParamsSchema, body: assignBodySchema },
  async ({ db, user, params, body }) => {
    await assignReview(db, user, params.id, body.mentorId);
    return json(await loadReviewView(db, user, params.id));
  },
);
