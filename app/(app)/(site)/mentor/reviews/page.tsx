import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { formatWait } from "@/components/reviews/format";
import { QueueTable } from "@/components/reviews/queue-table";
import { ButtonLink } from "@/components/ui/button";
import { Container, PageHeader } from "@/components/ui/page";
import { Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { requireSession } from "@/lib/http/page";
import { loadMentorOverview } from "@/lib/reviews/queue";

export const metadata: Metadata = { title: "My reviews" };
export const dynamic = "force-dynamic";

export default async function MyReviewsPage() {
  const { user, db } = await requireSession();
  if (user.role !== "mentor" && user.role !== "admin") notFound();
  const overview = await loadMentorOverview(db, user, await getLocale());
  const now = overview.asOf;

  return (
    <Container className="space-y-8 py-10 sm:py-12">
      <PageHeader
        eyebrow="Mentor"
        title="My reviews"
        description="Reviews you hold, the ones you completed, and how long candidates waited for them."
        actions={<ButtonLink href="/mentor">Review queue</ButtonLink>}
      />
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label="Open claims" value={String(overview.open.length)} />
        <Stat label="Completed" value={String(overview.done.length)} />
        <Stat
          label="Median turnaround"
          value={overview.medianTurnaroundMs === null ? "—" : formatWait(overview.medianTurnaroundMs)}
        />
      </dl>
      <Section id="open-claims" title="Open claims">
        <div className="mt-3">
          <QueueTable reviews={overview.open} viewerId={user.id} now={now} empty="Claim a review from the queue." />
        </div>
      </Section>
      <Section id="done-reviews" title="Completed">
        <div className="mt-3">
          <QueueTable
            reviews={overview.done}
            viewerId={user.id}
            now={now}
            empty="Reviews you complete are listed here."
          />
        </div>
      </Section>
    </Container>
  );
}
