import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { QueueFilters } from "@/components/reviews/queue-filters";
import { QueueTable } from "@/components/reviews/queue-table";
import { ButtonLink } from "@/components/ui/button";
import { Container, PageHeader } from "@/components/ui/page";
import { requireSession } from "@/lib/http/page";
import { listPrompts } from "@/lib/prompts/queries";
import { listAssignableMentors } from "@/lib/reviews/claims";
import { listReviewQueue, QUEUE_PAGE_SIZE } from "@/lib/reviews/queue";
import { queueQuerySchema } from "@/lib/reviews/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentor.queue");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentorQueuePage({ searchParams }: Props) {
  const { user, db } = await requireSession();
  // Not for candidates, and not even hinted at: the same 404 as a page that does not exist.
  if (user.role !== "mentor" && user.role !== "admin") notFound();
  const parsed = queueQuerySchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : { state: "open" as const, mine: false };
  const locale = await getLocale();
  const [t, queue, prompts, mentors] = await Promise.all([
    getTranslations("mentor"),
    listReviewQueue(db, user, filter, locale),
    listPrompts(db, {}, locale),
    // Only an admin assigns reviews (PUT /api/interviews/:id/review/assign checks it again).
    user.role === "admin" ? listAssignableMentors(db) : undefined,
  ]);

  return (
    <Container className="space-y-6 py-10 sm:py-12">
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("queue.title")}
        description={user.role === "admin" ? t("queue.descriptionAdmin") : t("queue.description")}
        actions={
          <ButtonLink href="/mentor/reviews" variant="secondary">
            {t("queue.myReviews")}
          </ButtonLink>
        }
      />
      <QueueFilters filter={filter} prompts={prompts.map(({ slug, title }) => ({ slug, title }))} />
      <p className="text-sm text-slate-600" role="status">
        {queue.total === 0
          ? t("queue.noMatch")
          : queue.total > QUEUE_PAGE_SIZE
            ? t("queue.totalCapped", { total: queue.total, shown: QUEUE_PAGE_SIZE })
            : t("queue.total", { total: queue.total })}
      </p>
      <QueueTable
        reviews={queue.reviews}
        viewerId={user.id}
        now={queue.asOf}
        empty={t("queue.empty")}
        mentors={mentors}
      />
    </Container>
  );
}
