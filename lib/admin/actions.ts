"use server";

import { revalidatePath } from "next/cache";
import { changeRoleFormSchema } from "@/lib/admin/schemas";
import { changeUserRole } from "@/lib/admin/users";
import type { Role } from "@/lib/auth/roles";
import { formAction, type FormState } from "@/lib/http/action";

/** The form words the outcome in the reader's language from the email and role (or the error's code). */
export type RoleFormState = FormState<{ email: string; role: Role }>;

/** Admin page: grant or revoke a role. The caller's own role is read from the database, on the server. */
export const changeRoleAction = formAction(
  { auth: { roles: ["admin"] }, input: changeRoleFormSchema, invalidMessage: "Choose candidate, mentor or admin." },
  async ({ db, user, input }) => {
    const changed = await changeUserRole(db, user.id, input.userId, input.role);
    revalidatePath("/admin");
    return {
      message: `${changed.email} is now ${changed.role === "admin" ? "an" : "a"} ${changed.role}.`,
      email: changed.email,
      role: changed.role,
    };
  },
);
