import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { QueueFilters } from "@/components/reviews/queue-filters";
import { QueueTable } from "@/components/reviews/queue-table";
import { ButtonLink } from "@/components/ui/button";
import { Container, PageHeader } from "@/components/ui/page";
import { requireSession } from "@/lib/http/page";
import { listPrompts } from "@/lib/prompts/queries";
import { listAssignableMentors } from "@/lib/reviews/claims";
import { listReviewQueue, QUEUE_PAGE_SIZE } from "@/lib/reviews/queue";
import { queueQuerySchema } from "@/lib/reviews/schemas";

export const metadata: Metadata = { title: "Review queue" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentorQueuePage({ searchParams }: Props) {
  const { user, db } = await requireSession();
  // Not for candidates, and not even hinted at: the same 404 as a page that does not exist.
  if (user.role !== "mentor" && user.role !== "admin") notFound();
  const parsed = queueQuerySchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : { state: "open" as const, mine: false };
  const locale = await getLocale();
  const [queue, prompts, mentors] = await Promise.all([
    listReviewQueue(db, user, filter, locale),
    listPrompts(db, {}, locale),
    // Only an admin assigns reviews (PUT /api/interviews/:id/review/assign checks it again).
    user.role === "admin" ? listAssignableMentors(db) : undefined,
  ]);

  return (
    <Container className="space-y-6 py-10 sm:py-12">
      <PageHeader
        eyebrow="Mentor"
        title="Review queue"
        description={
          user.role === "admin"
            ? "Designs candidates asked a mentor to review, oldest request first. Claim one yourself, or assign it to a mentor."
            : "Designs candidates asked a mentor to review, oldest request first. Claim one to comment, adjust verdicts and complete it."
        }
        actions={
          <ButtonLink href="/mentor/reviews" variant="secondary">
            My reviews
          </ButtonLink>
        }
      />
      <QueueFilters filter={filter} prompts={prompts.map(({ slug, title }) => ({ slug, title }))} />
      <p className="text-sm text-slate-600" role="status">
        {queue.total === 0
          ? "No reviews match."
          : `${queue.total.toLocaleString("en")} ${queue.total === 1 ? "review" : "reviews"}${queue.total > QUEUE_PAGE_SIZE ? `, the oldest ${QUEUE_PAGE_SIZE} shown` : ""}.`}
      </p>
      <QueueTable
        reviews={queue.reviews}
        viewerId={user.id}
        now={queue.asOf}
        empty="When a candidate asks for a review of a graded interview, it shows up here."
        mentors={mentors}
      />
    </Container>
  );
}
