import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/admin/users";
import { authorizeRequest } from "@/lib/http/guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Admins: every account with its role. */
export async function GET(request: NextRequest) {
  const auth = await authorizeRequest(request, ["admin"]);
  if (!auth.ok) return auth.response;
  return NextResponse.json({ users: await listUsers(await getDb()) });
}
