// The one part of lib/reports that does I/O: it reads the rows a report or the history
// needs, through the owner-only access path, and hands them to the pure functions.
import type { Database } from "@/lib/db/client";
import type { GradingLanguage } from "@/lib/grading";
import { loadOwnInterview } from "@/lib/interviews/access";
import { PAST_INTERVIEW_SELECT } from "@/lib/interviews/queries";
import { normaliseScene, type StoredScene } from "@/lib/interviews/scene";
import { settleExpiredInterviews } from "@/lib/interviews/submit";
import { localizePrompt } from "@/lib/prompts/localize";
import { listPracticePrompts } from "@/lib/prompts/queries";
import { readGradeResult } from "./grade";
import type { HistoryEntry, PracticePrompt } from "./history";
import { buildReport } from "./report";
import type { ReportData } from "./types";

export type LoadedReport = { kind: "in_progress" } | { kind: "report"; report: ReportData; scene: StoredScene };

/**
 * The report of one of the user's interviews in `language`: its prompt (lib/prompts/localize.ts)
 * and its findings (lib/reports/localise.ts); throws AppError "not_found" for anyone else's.
 */
export async function loadReport(
  db: Database,
  userId: string,
  interviewId: string,
  language: GradingLanguage = "en",
): Promise<LoadedReport> {
  const interview = await loadOwnInterview(db, userId, interviewId);
  if (interview.status === "in_progress") return { kind: "in_progress" };
  const review = await db.review.findUnique({
    where: { interviewId },
    select: { status: true, scoreOverride: true, overrideReason: true },
  });
  const report = buildReport(
    {
      interview: { ...interview, status: interview.status },
      prompt: localizePrompt(interview.prompt, language),
      grade: interview.grade,
      review,
    },
    language,
  );
  return { kind: "report", report, scene: liveScene(interview.scene) };
}

/** The graded drawing as the report shows it: a stored scene without its deleted elements. */
export function liveScene(value: unknown): StoredScene {
  const scene = normaliseScene(value);
  const live = scene.elements.filter((element) => !(element as { isDeleted?: boolean } | null)?.isDeleted);
  return { ...scene, elements: live };
}

const HISTORY_LIMIT = 200;

export interface LoadedHistory {
  entries: HistoryEntry[];
  prompts: PracticePrompt[];
}

/**
 * Every interview of the user (newest first) with its findings, and the prompts to practise
 * on, prompt titles in `locale`.
 */
export async function loadHistory(
  db: Database,
  userId: string,
  locale: GradingLanguage = "en",
): Promise<LoadedHistory> {
  // Overdue interviews are graded first, so the history never shows a stale "in progress".
  await settleExpiredInterviews(db, userId);
  const [rows, prompts] = await Promise.all([
    db.interview.findMany({
      where: { userId },
      orderBy: { startedAt: "desc" },
      take: HISTORY_LIMIT,
      select: { ...PAST_INTERVIEW_SELECT, grade: { select: { score: true, result: true } } },
    }),
    listPracticePrompts(db, locale),
  ]);
  const entries = rows.map((row): HistoryEntry => {
    const finished = row.status !== "in_progress";
    const result = row.grade ? readGradeResult(row.grade.result) : null;
    return {
      id: row.id,
      promptSlug: row.prompt.slug,
      promptTitle: localizePrompt(row.prompt, locale).title,
      status: row.status,
      startedAt: row.startedAt.toISOString(),
      endedAt: finished ? (row.submittedAt ?? row.deadline).toISOString() : null,
      score: row.grade?.score ?? null,
      adjustedScore: row.review?.status === "done" ? (row.review.scoreOverride ?? null) : null,
      review: row.review?.status ?? null,
      findings: (result?.findings ?? []).map((finding) => ({ ruleId: finding.ruleId, status: finding.status })),
    };
  });
  return { entries, prompts };
}
