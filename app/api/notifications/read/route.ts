import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { markNotificationsRead } from "@/lib/reviews/notifications";
import { markReadBodySchema } from "@/lib/reviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Marks notifications read: `{ "ids": [...] }` or `{ "all": true }`. */
export const POST = route({ auth: "user", body: markReadBodySchema }, async ({ db, user, body }) =>
  json(await markNotificationsRead(db, user.id, body)),
);
