import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/http/responses";
import { loadOwnInterview } from "@/lib/interviews/access";
import { interviewRoute, noStore } from "@/lib/interviews/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; revisionId: string }> };

/** One revision's drawing and notes (owner only). */
export async function GET(request: NextRequest, context: Context) {
  const { revisionId } = await context.params;
  return interviewRoute(async ({ db, user, interviewId }) => {
    await loadOwnInterview(db, user.id, interviewId);
    const revision = await db.revision.findFirst({
      where: { id: revisionId, interviewId },
      select: { id: true, version: true, reason: true, createdAt: true, scene: true, notes: true },
    });
    if (!revision) return jsonError(404, "No such revision.", { code: "not_found" });
    return noStore({ revision });
  })(request, context);
}
