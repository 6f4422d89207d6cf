import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { setThreadResolved } from "@/lib/reviews/comments";
import { commentParamsSchema, resolveThreadBodySchema } from "@/lib/reviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Resolves (`{ "resolved": true }`) or reopens a thread. */
export const PUT = route(
  { auth: "user", params: commentParamsSchema, body: resolveThreadBodySchema },
  async ({ db, user, params, body }) =>
    json({ comment: await setThreadResolved(db, user, params.id, params.commentId, body.resolved) }),
);
