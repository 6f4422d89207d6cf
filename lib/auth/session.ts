import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";

export type UserRole = "candidate" | "mentor" | "admin";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/** The signed-in user, read from the JWT cookie on the server; null when signed out. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `callbackUrl`. */
export async function requireUser(callbackUrl = "/dashboard"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

export function hasRole(user: SessionUser, roles: readonly UserRole[]): boolean {
  return roles.includes(user.role);
}
