import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { authorizeRequest } from "@/lib/http/guard";
import { listReviewQueue } from "@/lib/reviews/queue";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Mentors and admins: the designs waiting for review. */
export async function GET(request: NextRequest) {
  const auth = await authorizeRequest(request, ["mentor", "admin"]);
  if (!auth.ok) return auth.response;
  const queue = await listReviewQueue(await getDb());
  return NextResponse.json({ reviews: queue });
}
