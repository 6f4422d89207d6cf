import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Database } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/options";
import type { Role } from "@/lib/auth/roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

// Once per request when rendering (outside a render, cache() simply calls through).
const getSession = cache(() => getServerSession(authOptions()));

/** The user id the session cookie names (server components and server actions). */
export async function sessionUserId(): Promise<string | null> {
  return (await getSession())?.user?.id ?? null;
}

/**
 * For display only (the header, the landing page's call to action): the signed-in user as
 * the session token carries them, so their role may be up to a minute old. Decisions read the
 * account from the database instead (lib/http/auth.ts, lib/http/page.ts). Once per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const user = (await getSession())?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The account behind a session, with its role as the database has it now; null when it is gone. */
export function readSessionUser(db: Database, userId: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
}
