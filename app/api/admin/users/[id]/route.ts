import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { changeUserRole, roleChangeSchema } from "@/lib/admin/users";
import { authorizeRequest } from "@/lib/http/guard";
import { jsonError, validationError } from "@/lib/http/responses";

export const runtime = "nodejs";

const paramsSchema = z.object({ id: z.string().min(1).max(64) });

/** Admins: grant or revoke a role, e.g. `{ "role": "mentor" }`. */
export async function PATCH(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const auth = await authorizeRequest(request, ["admin"]);
  if (!auth.ok) return auth.response;
  const params = paramsSchema.safeParse(await context.params);
  if (!params.success) return validationError(params.error, "user id");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, 'The body must be JSON, e.g. {"role":"mentor"}.');
  }
  const parsed = roleChangeSchema.safeParse(body);
  if (!parsed.success) return validationError(parsed.error, "role change");
  const result = await changeUserRole(await getDb(), auth.user.id, params.data.id, parsed.data.role);
  if (!result.ok) return jsonError(result.status, result.message);
  return NextResponse.json({ user: result.user });
}
