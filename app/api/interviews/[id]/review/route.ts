import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { requestReview, withdrawReview } from "@/lib/reviews/requests";
import { requestReviewBodySchema } from "@/lib/reviews/schemas";
import { loadReviewView } from "@/lib/reviews/view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The interview's review as the caller may see it (owner, mentors once requested, admins). */
export const GET = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) =>
  json(await loadReviewView(db, user, params.id)),
);

/** The owner asks for a mentor's review, with an optional note. */
export const POST = route(
  { auth: "user", params: interviewParamsSchema, body: requestReviewBodySchema },
  async ({ db, user, params, body }) => {
    await requestReview(db, user, params.id, body.note);
    return json(await loadReviewView(db, user, params.id), { status: 201 });
  },
);

/** The owner withdraws a request nobody has claimed. */
export const DELETE = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) => {
  await withdrawReview(db, user, params.id);
  return json(await loadReviewView(db, user, params.id));
});
