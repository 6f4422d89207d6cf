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

/** The user id the session cookie names (server components and server actions). */
export async function sessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  return session?.user?.id ?? null;
}

/**
 * For display only (the header, "Sign in to start"): the signed-in user as the session token
 * carries them, so their role may be up to a minute old. Decisions about access read the
 * account from the database instead (lib/http/auth.ts). Once per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The account behind a session, with its role as the database has it now; null when it is gone. */
export function readSessionUser(db: Database, userId: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
}
