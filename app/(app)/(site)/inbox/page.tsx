import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InboxList } from "@/components/reviews/inbox-list";
import { Container, PageHeader } from "@/components/ui/page";
import { requireSession } from "@/lib/http/page";
import { listNotifications } from "@/lib/reviews/notifications";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentor.inbox");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function InboxPage() {
  const { user, db } = await requireSession();
  const locale = await getLocale();
  const [notifications, t] = await Promise.all([
    listNotifications(db, user.id, locale),
    getTranslations("mentor.inbox"),
  ]);
  return (
    <Container className="space-y-6 py-10 sm:py-12">
      <PageHeader title={t("title")} description={t("description")} />
      <InboxList notifications={notifications} />
    </Container>
  );
}
