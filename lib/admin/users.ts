import { z } from "zod";
import type { Database } from "@/lib/db/client";

export const roleSchema = z.enum(["candidate", "mentor", "admin"]);
export const roleChangeSchema = z.object({ role: roleSchema }).strict();

export function listUsers(db: Database) {
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

export type RoleChangeResult =
  | { ok: true; user: { id: string; email: string; role: z.infer<typeof roleSchema> } }
  | { ok: false; status: 400 | 404; message: string };

/** Grants or revokes a role. An admin cannot change their own role (no lock-out by accident). */
export async function changeUserRole(
  db: Database,
  actorId: string,
  userId: string,
  role: z.infer<typeof roleSchema>,
): Promise<RoleChangeResult> {
  if (actorId === userId) return { ok: false, status: 400, message: "You cannot change your own role." };
  const existing = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!existing) return { ok: false, status: 404, message: "No such user." };
  const user = await db.user.update({
    where: { id: userId },
    data: { role },
    select: { id: true, email: true, role: true },
  });
  return { ok: true, user };
}
