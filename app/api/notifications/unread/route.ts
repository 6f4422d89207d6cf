import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { countUnread } from "@/lib/reviews/notifications";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The caller's unread count, for the header's inbox link. */
export const GET = route({ auth: "user" }, async ({ db, user }) => json({ unread: await countUnread(db, user.id) }));
