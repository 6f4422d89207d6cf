import { changeRoleBodySchema, userParamsSchema } from "@/lib/admin/schemas";
import { changeUserRole } from "@/lib/admin/users";
import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Admins: grant or revoke a role, e.g. `{ "role": "mentor" }`. */
export const PATCH = route(
  { auth: { roles: ["admin"] }, params: userParamsSchema, body: changeRoleBodySchema },
  async ({ db, user, params, body }) => json({ user: await changeUserRole(db, user.id, params.id, body.role) }),
);
