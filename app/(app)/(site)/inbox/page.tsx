import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { InboxList } from "@/components/reviews/inbox-list";
import { Container, PageHeader } from "@/components/ui/page";
import { requireSession } from "@/lib/http/page";
import { listNotifications } from "@/lib/reviews/notifications";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const { user, db } = await requireSession();
  const notifications = await listNotifications(db, user.id, await getLocale());
  return (
    <Container className="space-y-6 py-10 sm:py-12">
      <PageHeader title="Inbox" description="Reviews taken on, comments and replies, completed reviews." />
      <InboxList notifications={notifications} />
    </Container>
  );
}
