import type { Database } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

export function listUsers(db: Database) {
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

/** Grants or revokes a role. An admin cannot change their own role (no lock-out by accident). */
export async function changeUserRole(db: Database, actorId: string, userId: string, role: Role) {
  if (actorId === userId) throw new AppError("invalid_request", "You cannot change your own role.");
  const existing = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!existing) throw new AppError("not_found", "No such user.");
  return db.user.update({
    where: { id: userId },
    data: { role },
    select: { id: true, email: true, role: true },
  });
}
