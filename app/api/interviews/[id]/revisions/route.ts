import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { listRevisions } from "@/lib/interviews/revisions";
import { interviewParamsSchema } from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The replay timeline: revisions without their scenes (fetch one by id for its drawing). */
export const GET = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) =>
  json({ revisions: await listRevisions(db, user, params.id) }),
);
