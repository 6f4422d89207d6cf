// What the admin routes and the admin page's form accept.
import { z } from "zod";
import { roleSchema } from "@/lib/auth/schemas";

const userIdSchema = z.string().min(1).max(64);

/** A path's user id; a malformed one names nobody (404). */
export const userParamsSchema = z.object({ id: userIdSchema.regex(/^[a-z0-9]+$/i, "No such user.") });

/** `PATCH /api/admin/users/:id`, e.g. `{ "role": "mentor" }`. */
export const changeRoleBodySchema = z.object({ role: roleSchema }).strict().describe("role change");

/** The admin page's role form: the user and the role picked for them. */
export const changeRoleFormSchema = z.object({ userId: userIdSchema, role: roleSchema });
