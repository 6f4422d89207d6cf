import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { listReviewQueue } from "@/lib/reviews/queue";
import { queueQuerySchema } from "@/lib/reviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Mentors and admins: reviews, oldest request first; ?prompt=slug&state=open|requested|in_review|done&mine=1. */
export const GET = route(
  { auth: { roles: ["mentor", "admin"] }, query: queueQuerySchema },
  async ({ db, user, query }) => json(await listReviewQueue(db, user, query)),
);
