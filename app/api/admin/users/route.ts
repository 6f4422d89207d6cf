import { listUsers } from "@/lib/admin/users";
import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Admins: every account with its role. */
export const GET = route({ auth: { roles: ["admin"] } }, async ({ db }) => json({ users: await listUsers(db) }));
