import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { claimReview, releaseReview } from "@/lib/reviews/claims";
import { loadReviewView } from "@/lib/reviews/view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A mentor claims a requested review; 409 already_claimed names who was first. */
export const POST = route(
  { auth: { roles: ["mentor", "admin"] }, params: interviewParamsSchema },
  async ({ db, user, params }) => {
    await claimReview(db, user, params.id);
    return json(await loadReviewView(db, user, params.id));
  },
);

/** The claiming mentor (or an admin) gives the review back to the queue. */
export const DELETE = route(
  { auth: { roles: ["mentor", "admin"] }, params: interviewParamsSchema },
  async ({ db, user, params }) => {
    await releaseReview(db, user, params.id);
    return json(await loadReviewView(db, user, params.id));
  },
);
