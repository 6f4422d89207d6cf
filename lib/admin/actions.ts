"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { changeUserRole, roleSchema } from "@/lib/admin/users";

export type RoleFormState =
  { status: "idle" } | { status: "ok"; message: string } | { status: "error"; message: string };

const formSchema = z.object({ userId: z.string().min(1).max(64), role: roleSchema });

/** Admin page: grant or revoke a role. The caller's own role is checked here, on the server. */
export async function changeRoleAction(_previous: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const actor = await getCurrentUser();
  if (!actor || actor.role !== "admin") return { status: "error", message: "Only admins can change roles." };
  const parsed = formSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return { status: "error", message: "Choose candidate, mentor or admin." };
  const result = await changeUserRole(await getDb(), actor.id, parsed.data.userId, parsed.data.role);
  if (!result.ok) return { status: "error", message: result.message };
  revalidatePath("/admin");
  return {
    status: "ok",
    message: `${result.user.email} is now ${result.user.role === "admin" ? "an" : "a"} ${result.user.role}.`,
  };
}
