import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ReportHeader } from "@/components/report/report-header";
import { ReportNotes } from "@/components/report/report-notes";
import { ReportWorkspace } from "@/components/report/report-workspace";
import { CanvasPins } from "@/components/reviews/canvas-pins";
import { CandidateReview } from "@/components/reviews/candidate-review";
import { ReviewProvider } from "@/components/reviews/review-provider";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/page";
import { loadCoachReport } from "@/lib/coach/report";
import { getEnv } from "@/lib/config/env";
import { orNotFound, requireSession } from "@/lib/http/page";
import { loadReport } from "@/lib/reports/load";
import { markdownFileName } from "@/lib/reports/markdown";
import { loadReviewThreads } from "@/lib/reviews/page-data";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }>; searchParams?: Promise<{ thread?: string }> };

// One load per request, shared by the metadata and the page; "not found" for anyone but the owner.
// In the reader's language: the engine's words about each rule and finding (lib/reports/localise.ts).
const load = cache(async (id: string) => {
  const [{ user, db }, locale] = await Promise.all([requireSession(), getLocale()]);
  return orNotFound(loadReport(db, user.id, id, locale));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [loaded, t] = await Promise.all([load((await params).id), getTranslations("report.meta")]);
  return { title: loaded.kind === "report" ? t("titleOf", { prompt: loaded.report.prompt.title }) : t("title") };
}

export default async function ReportPage({ params, searchParams }: Params) {
  const { id } = await params;
  const loaded = await load(id);
  // Still running: the report does not exist yet, the whiteboard does.
  if (loaded.kind === "in_progress") redirect(`/interviews/${id}`);
  const { report } = loaded;
  const { user, db } = await requireSession();
  const review = await loadReviewThreads(db, user, id);
  const locale = await getLocale();
  const coach = await loadCoachReport(db, user.id, id, getEnv().openai, locale);
  const t = await getTranslations("report.alerts");

  return (
    <Container className="space-y-6 py-6 sm:py-8">
      <ReportHeader report={report} />

      {report.status === "expired" ? (
        <Alert tone="warning" title={t("expiredTitle")}>
          {t("expiredBody")}
        </Alert>
      ) : null}
      {report.score === null ? (
        <Alert tone="error" title={t("ungradedTitle")}>
          {t("ungradedBody")}
        </Alert>
      ) : null}
      {report.elementCount === 0 ? (
        <Alert tone="info" title={t("emptyTitle")}>
          {t("emptyBody")}
        </Alert>
      ) : null}

      <ReviewProvider
        interviewId={id}
        viewerId={user.id}
        viewer={review.view.viewer}
        hasReview={review.view.review !== null}
        reviewerActive={false}
        initialComments={review.comments}
        initialCursor={review.cursor}
        elements={loaded.scene.elements}
        initialThreadId={(await searchParams)?.thread ?? null}
      >
        <ReportWorkspace
          report={report}
          scene={loaded.scene}
          fileStem={markdownFileName(report).replace(/\.md$/, "")}
          coach={coach}
          testHooks={getEnv().testHooks}
          canvasOverlay={<CanvasPins />}
        />
        <ReportNotes notes={report.notes} />
        <CandidateReview
          view={review.view}
          engineScore={report.score}
          verdicts={report.findings.map(({ ruleId, title, status, weight }) => ({ ruleId, title, status, weight }))}
          rules={report.findings.map(({ ruleId, title }) => ({ ruleId, title }))}
        />
      </ReviewProvider>
    </Container>
  );
}
