import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { deleteComment, editComment } from "@/lib/reviews/comments";
import { commentParamsSchema, editCommentBodySchema } from "@/lib/reviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Edits one's own comment. */
export const PATCH = route(
  { auth: "user", params: commentParamsSchema, body: editCommentBodySchema },
  async ({ db, user, params, body }) =>
    json({ comment: await editComment(db, user, params.id, params.commentId, body.body) }),
);

/** Deletes one's own comment, leaving a marker in its thread. */
export const DELETE = route({ auth: "user", params: commentParamsSchema }, async ({ db, user, params }) =>
  json({ comment: await deleteComment(db, user, params.id, params.commentId) }),
);
