// Assembles the report of a finished interview from what the database holds. Pure: the
// caller loads the rows (lib/reports/load.ts), this only shapes them.
import { handTaggedComponentIds } from "@/lib/interviews/client/tag-element";
import { readGradeResult } from "./grade";
import { reportFindings, rubricWeights, summariseFindings } from "./findings";
import type { FinishedStatus } from "@/lib/interviews/status";
import type { ReportData } from "./types";

export interface ReportSource {
  interview: {
    id: string;
    status: FinishedStatus;
    startedAt: Date;
    deadline: Date;
    submittedAt: Date | null;
    notes: string;
    scene: unknown;
  };
  prompt: { slug: string; title: string; durationMinutes: number; rubric: unknown };
  grade: { score: number; engineVersion: string; result: unknown; createdAt: Date } | null;
  review: { status: string; scoreOverride: number | null; overrideReason: string | null } | null;
}

/** Live (not deleted) elements of a stored scene. */
export function liveElementCount(scene: unknown): number {
  const elements = (scene as { elements?: unknown } | null)?.elements;
  if (!Array.isArray(elements)) return 0;
  return elements.filter(
    (element) => element && typeof element === "object" && !(element as { isDeleted?: unknown }).isDeleted,
  ).length;
}

function sceneElements(scene: unknown): unknown[] {
  const elements = (scene as { elements?: unknown } | null)?.elements;
  return Array.isArray(elements) ? elements : [];
}

export function buildReport({ interview, prompt, grade, review }: ReportSource): ReportData {
  const result = grade ? readGradeResult(grade.result) : null;
  const endedAt = interview.submittedAt ?? interview.deadline;
  const limitMs = prompt.durationMinutes * 60_000;
  const findings = reportFindings(result?.findings ?? [], rubricWeights(prompt.rubric));
  // Only a finished review speaks for the mentor; one in progress may still change its mind.
  const mentor =
    review?.status === "done" && review.scoreOverride !== null
      ? { score: review.scoreOverride, reason: review.overrideReason }
      : null;
  return {
    interviewId: interview.id,
    status: interview.status,
    prompt: { slug: prompt.slug, title: prompt.title, durationMinutes: prompt.durationMinutes },
    startedAt: interview.startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    usedMs: Math.min(limitMs, Math.max(0, endedAt.getTime() - interview.startedAt.getTime())),
    score: grade?.score ?? null,
    engineVersion: grade?.engineVersion ?? null,
    gradedAt: grade?.createdAt.toISOString() ?? null,
    review: mentor,
    findings,
    summary: summariseFindings(findings),
    components: result?.components ?? [],
    // From the graded drawing, not the grade: the tag lives in the scene, and grades stay
    // exactly the JSON of docs/grading.md §5.
    handTagged: handTaggedComponentIds(result?.components ?? [], sceneElements(interview.scene)),
    connections: result?.connections ?? [],
    zones: result?.zones ?? [],
    unrecognised: result?.unrecognised ?? [],
    requiredKinds: result?.requiredKinds ?? [],
    notes: interview.notes,
    elementCount: liveElementCount(interview.scene),
  };
}
