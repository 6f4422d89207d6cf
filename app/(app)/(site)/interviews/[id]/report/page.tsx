import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getLocale } from "next-intl/server";
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
const load = cache(async (id: string) => {
  const { user, db } = await requireSession();
  return orNotFound(loadReport(db, user.id, id, await getLocale()));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const loaded = await load((await params).id);
  return { title: loaded.kind === "report" ? `Report: ${loaded.report.prompt.title}` : "Report" };
}

export default async function ReportPage({ params, searchParams }: Params) {
  const { id } = await params;
  const loaded = await load(id);
  // Still running: the report does not exist yet, the whiteboard does.
  if (loaded.kind === "in_progress") redirect(`/interviews/${id}`);
  const { report } = loaded;
  const { user, db } = await requireSession();
  const review = await loadReviewThreads(db, user, id);
  const coach = await loadCoachReport(db, user.id, id, getEnv().openai, await getLocale());

  return (
    <Container className="space-y-6 py-6 sm:py-8">
      <ReportHeader report={report} />

      {report.status === "expired" ? (
        <Alert tone="warning" title="Time ran out">
          The clock reached zero before you submitted, so your last saved drawing was submitted automatically at the
          deadline and graded as it was.
        </Alert>
      ) : null}
      {report.score === null ? (
        <Alert tone="error" title="This interview has no grade">
          It was submitted, but no grade was stored. Your drawing and notes are below.
        </Alert>
      ) : null}
      {report.elementCount === 0 ? (
        <Alert tone="info" title="The drawing was empty">
          Nothing was on the board when it was graded, so every rule that looks for a component failed. Practise again
          and draw even a rough first version: partial designs score.
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
