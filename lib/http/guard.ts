import { getToken } from "next-auth/jwt";
import type { NextRequest, NextResponse } from "next/server";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db";
import type { SessionUser, UserRole } from "@/lib/auth/session";
import { jsonError } from "@/lib/http/responses";

export type GuardResult = { ok: true; user: SessionUser } | { ok: false; response: NextResponse };

/**
 * Authorises an API request from its session cookie. The role is read from the database,
 * not trusted from the token, so a revoked role takes effect on the next request.
 */
export async function authorizeRequest(request: NextRequest, roles?: readonly UserRole[]): Promise<GuardResult> {
  const token = await getToken({ req: request, secret: getEnv().auth.secret });
  if (!token?.uid) return { ok: false, response: jsonError(401, "Sign in first.") };
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!user) return { ok: false, response: jsonError(401, "Your account no longer exists. Sign in again.") };
  if (roles && !roles.includes(user.role)) {
    return { ok: false, response: jsonError(403, `This needs the ${roles.join(" or ")} role.`) };
  }
  return { ok: true, user };
}
