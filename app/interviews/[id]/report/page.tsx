import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ReportHeader } from "@/components/report/report-header";
import { ReportNotes } from "@/components/report/report-notes";
import { ReportWorkspace, type StoredSceneJson } from "@/components/report/report-workspace";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/page";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { InterviewError } from "@/lib/interviews/errors";
import { loadReport } from "@/lib/reports/load";
import { markdownFileName } from "@/lib/reports/markdown";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

// One load per request, shared by the metadata and the page; "not found" for anyone but the owner.
const load = cache(async (userId: string, id: string) => {
  try {
    return await loadReport(await getDb(), userId, id);
  } catch (error) {
    if (error instanceof InterviewError && error.code === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const user = await getCurrentUser();
  const loaded = user ? await load(user.id, id) : null;
  return { title: loaded?.kind === "report" ? `Report: ${loaded.report.prompt.title}` : "Report" };
}

/** Reads whatever is stored as a scene; a missing or odd one shows as an empty board. */
function sceneOf(value: unknown): StoredSceneJson {
  const scene = (value && typeof value === "object" ? value : {}) as Partial<StoredSceneJson>;
  return {
    elements: Array.isArray(scene.elements)
      ? scene.elements.filter((element) => !(element as { isDeleted?: boolean } | null)?.isDeleted)
      : [],
    appState: scene.appState && typeof scene.appState === "object" ? scene.appState : {},
    files: scene.files && typeof scene.files === "object" ? scene.files : {},
  };
}

export default async function ReportPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}/report`);
  const loaded = await load(user.id, id);
  if (!loaded) notFound();
  // Still running: the report does not exist yet, the whiteboard does.
  if (loaded.kind === "in_progress") redirect(`/interviews/${id}`);
  const { report } = loaded;

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

      <ReportWorkspace
        report={report}
        scene={sceneOf(loaded.scene)}
        fileStem={markdownFileName(report).replace(/\.md$/, "")}
      />
      <ReportNotes notes={report.notes} />
    </Container>
  );
}
