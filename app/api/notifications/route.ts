import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { countUnread, listNotifications } from "@/lib/reviews/notifications";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The caller's inbox, newest first, with the unread count. */
export const GET = route({ auth: "user" }, async ({ db, user }) => {
  const [notifications, unread] = await Promise.all([listNotifications(db, user.id), countUnread(db, user.id)]);
  return json({ notifications, unread });
});
