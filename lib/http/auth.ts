import type { Database } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { readSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";

/**
 * Who may call a route, a server action or see a page: anyone ("public"), any signed-in
 * user ("user"), or signed-in users with one of the roles.
 */
export type AuthRequirement = "public" | "user" | { roles: readonly Role[] };

/**
 * The signed-in user a requirement lets through. The account and its role are read from the
 * database on every request, not trusted from the session token, so a revoked role or a
 * deleted account takes effect at once. Throws AppError "unauthenticated" or "forbidden".
 */
export async function authorize(
  db: Database,
  userId: string | null | undefined,
  requirement: Exclude<AuthRequirement, "public">,
): Promise<SessionUser> {
  if (!userId) throw new AppError("unauthenticated", "Sign in first.");
  const user = await readSessionUser(db, userId);
  if (!user) throw new AppError("unauthenticated", "Your account no longer exists. Sign in again.");
  if (requirement !== "user" && !requirement.roles.includes(user.role)) {
    throw new AppError("forbidden", `This needs the ${requirement.roles.join(" or ")} role.`);
  }
  return user;
}
