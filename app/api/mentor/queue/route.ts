import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { listReviewQueue } from "@/lib/reviews/queue";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Mentors and admins: the designs waiting for review. */
export const GET = route({ auth: { roles: ["mentor", "admin"] } }, async ({ db }) =>
  json({ reviews: await listReviewQueue(db) }),
);
