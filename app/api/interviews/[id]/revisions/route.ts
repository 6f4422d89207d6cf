import { loadOwnInterview } from "@/lib/interviews/access";
import { interviewRoute, noStore } from "@/lib/interviews/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The replay timeline: revisions without their scenes (fetch one by id for its drawing). */
export const GET = interviewRoute(async ({ db, user, interviewId }) => {
  await loadOwnInterview(db, user.id, interviewId);
  const revisions = await db.revision.findMany({
    where: { interviewId },
    orderBy: { createdAt: "asc" },
    select: { id: true, version: true, reason: true, createdAt: true },
  });
  return noStore({ revisions });
});
