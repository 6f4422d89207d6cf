import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { waitTime } from "@/components/reviews/format";
import { QueueTable } from "@/components/reviews/queue-table";
import { ButtonLink } from "@/components/ui/button";
import { Container, PageHeader } from "@/components/ui/page";
import { Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { requireSession } from "@/lib/http/page";
import { loadMentorOverview } from "@/lib/reviews/queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentor.mine");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function MyReviewsPage() {
  const { user, db } = await requireSession();
  if (user.role !== "mentor" && user.role !== "admin") notFound();
  const [overview, t, tReviews] = await Promise.all([
    loadMentorOverview(db, user, await getLocale()),
    getTranslations("mentor"),
    getTranslations("reviews"),
  ]);
  const now = overview.asOf;
  const turnaround = overview.medianTurnaroundMs === null ? null : waitTime(overview.medianTurnaroundMs);

  return (
    <Container className="space-y-8 py-10 sm:py-12">
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("mine.title")}
        description={t("mine.description")}
        actions={<ButtonLink href="/mentor">{t("mine.queue")}</ButtonLink>}
      />
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label={t("mine.openClaims")} value={String(overview.open.length)} />
        <Stat label={t("mine.completed")} value={String(overview.done.length)} />
        <Stat
          label={t("mine.median")}
          value={turnaround ? tReviews(turnaround.key, { count: turnaround.count }) : "—"}
        />
      </dl>
      <Section id="open-claims" title={t("mine.openClaims")}>
        <div className="mt-3">
          <QueueTable reviews={overview.open} viewerId={user.id} now={now} empty={t("mine.openEmpty")} />
        </div>
      </Section>
      <Section id="done-reviews" title={t("mine.completed")}>
        <div className="mt-3">
          <QueueTable reviews={overview.done} viewerId={user.id} now={now} empty={t("mine.doneEmpty")} />
        </div>
      </Section>
    </Container>
  );
}
