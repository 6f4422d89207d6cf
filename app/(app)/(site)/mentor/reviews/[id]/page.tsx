import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { TranscriptSection } from "@/components/coach/transcript-section";
import { ReportNotes } from "@/components/report/report-notes";
import { ReportWorkspace } from "@/components/report/report-workspace";
import { CanvasPins } from "@/components/reviews/canvas-pins";
import { MentorReview } from "@/components/reviews/mentor-review";
import { ReviewProvider } from "@/components/reviews/review-provider";
import { Container, PageHeader } from "@/components/ui/page";
import { loadTranscriptLines } from "@/lib/coach/transcript";
import { getEnv } from "@/lib/config/env";
import { orNotFound, requireSession } from "@/lib/http/page";
import { markdownFileName } from "@/lib/reports/markdown";
import { listAssignableMentors } from "@/lib/reviews/claims";
import { loadReviewedReport, loadReviewThreads } from "@/lib/reviews/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentor.workspace");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ thread?: string }> };

export default async function ReviewWorkspacePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user, db } = await requireSession();
  if (user.role !== "mentor" && user.role !== "admin") notFound();
  const { report, scene } = await orNotFound(loadReviewedReport(db, user, id, await getLocale()));
  // loadReviewedReport has checked that the viewer may read this interview's review.
  const [{ view, comments, cursor }, transcript] = await Promise.all([
    loadReviewThreads(db, user, id),
    loadTranscriptLines(db, id),
  ]);
  const review = view.review!;
  // Only an admin assigns reviews (the assign route checks it again).
  const mentors = user.role === "admin" ? await listAssignableMentors(db) : undefined;
  const t = await getTranslations("mentor.workspace");

  return (
    <Container className="space-y-6 py-6 sm:py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <Link href="/mentor" className="rounded hover:text-slate-900">
          {t("queue")}
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-400">
          /
        </span>
        <span aria-current="page">{t("title")}</span>
      </nav>
      <PageHeader
        eyebrow={t("eyebrow", { name: view.candidate.name })}
        title={report.prompt.title}
        description={t("description", { score: report.score ?? "—" })}
      />
      <ReviewProvider
        interviewId={id}
        viewerId={user.id}
        viewer={view.viewer}
        hasReview
        reviewerActive={view.viewer === "reviewer" && review.status !== "requested"}
        initialComments={comments}
        initialCursor={cursor}
        elements={scene.elements}
        initialThreadId={(await searchParams).thread ?? null}
      >
        <ReportWorkspace
          report={report}
          scene={scene}
          fileStem={markdownFileName(report).replace(/\.md$/, "")}
          testHooks={getEnv().testHooks}
          canvasOverlay={<CanvasPins />}
          drawingTitle={t("drawing", { name: view.candidate.name })}
        />
        <ReportNotes notes={report.notes} title={t("notes")} empty={t("notesEmpty")} />
        <TranscriptSection messages={transcript} candidate={view.candidate.name} />
        <MentorReview
          view={view}
          engineScore={report.score}
          verdicts={report.findings.map(({ ruleId, title, status, weight }) => ({ ruleId, title, status, weight }))}
          rules={report.findings.map(({ ruleId, title }) => ({ ruleId, title }))}
          mentors={mentors}
        />
      </ReviewProvider>
    </Container>
  );
}
