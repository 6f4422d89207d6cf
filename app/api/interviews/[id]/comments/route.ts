import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { listComments, postComment } from "@/lib/reviews/comments";
import { commentsQuerySchema, postCommentBodySchema } from "@/lib/reviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The interview's comments (all, or changed since `since`) and the cursor for the next poll. */
export const GET = route(
  { auth: "user", params: interviewParamsSchema, query: commentsQuerySchema },
  async ({ db, user, params, query }) =>
    json(await listComments(db, user, params.id, query.since ? new Date(query.since) : undefined)),
);

/** A new thread (the reviewing mentor) or, with parentId, a reply (either side). */
export const POST = route(
  { auth: "user", params: interviewParamsSchema, body: postCommentBodySchema },
  async ({ db, user, params, body }) =>
    json({ comment: await postComment(db, user, params.id, body) }, { status: 201 }),
);
