import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { getRevision } from "@/lib/interviews/revisions";
import { revisionParamsSchema } from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One revision's drawing and notes (its owner, and the mentors and admins who may read its review). */
export const GET = route({ auth: "user", params: revisionParamsSchema }, async ({ db, user, params }) =>
  json({ revision: await getRevision(db, user, params.id, params.revisionId) }),
);
