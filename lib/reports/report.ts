// Assembles the report of a finished interview from what the database holds. Pure: the
// caller loads the rows (lib/reports/load.ts), this only shapes them.
import type { GradingLanguage } from "@/lib/grading";
import type { FindingJson, GradeResult } from "@/lib/grading/types";
import { handTaggedComponentIds } from "@/lib/interviews/client/tag-element";
import { rubricSchema } from "@/lib/prompts/schemas";
import { readGradeResult } from "./grade";
import { reportFindings, rubricWeights, summariseFindings } from "./findings";
import { localisedFindings, ruleMetaIn } from "./localise";
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

/** The grade's findings with messages in `language` when they can be written again (./localise.ts), else as stored. */
function findingsIn(result: GradeResult | null, source: ReportSource, language: GradingLanguage): FindingJson[] {
  if (!result) return [];
  if (language === "en") return result.findings;
  const rubric = rubricSchema.safeParse(source.prompt.rubric);
  if (!rubric.success) return result.findings;
  return localisedFindings(result, source.interview.scene, rubric.data, language) ?? result.findings;
}

/** The report in `language`: the engine's words about each rule and, when possible, each finding. */
export function buildReport(source: ReportSource, language: GradingLanguage = "en"): ReportData {
  const { interview, prompt, grade, review } = source;
  const result = grade ? readGradeResult(grade.result) : null;
  const endedAt = interview.submittedAt ?? interview.deadline;
  const limitMs = prompt.durationMinutes * 60_000;
  const findings = reportFindings(
    findingsIn(result, source, language),
    rubricWeights(prompt.rubric),
    ruleMetaIn(language),
  );
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
