// The mentor's verdicts per rule, and the adjusted score they give. The score is the engine's
// own formula (lib/grading/score.ts) over the engine's findings with the overrides applied,
// so an adjusted score is explained by the same rubric weights as the engine's.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import type { Rubric } from "@/lib/grading/contract";
import { computeScore } from "@/lib/grading/score";
import type { FindingJson, RuleStatus } from "@/lib/grading/types";
import { AppError } from "@/lib/errors/app-error";
import { readStoredPrompt } from "@/lib/prompts/stored";
import { readGradeResult } from "@/lib/reports/grade";
import { requireActiveReviewer } from "./access";

export interface VerdictOverrideView {
  ruleId: string;
  status: RuleStatus;
  reason: string;
}

/** The engine's findings with the mentor's verdicts in their place. */
export function applyOverrides(findings: FindingJson[], overrides: readonly VerdictOverrideView[]): FindingJson[] {
  const byRule = new Map(overrides.map((o) => [o.ruleId, o.status]));
  return findings.map((finding) => {
    const status = byRule.get(finding.ruleId);
    return status ? { ...finding, status } : finding;
  });
}

export function adjustedScore(rubric: Rubric, findings: FindingJson[], overrides: readonly VerdictOverrideView[]) {
  return computeScore(rubric, applyOverrides(findings, overrides));
}

/** The graded findings and the prompt's rubric of an interview: what overrides apply to. */
export async function loadGradedRubric(db: Database, interviewId: string) {
  const interview = await db.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: {
      grade: { select: { result: true } },
      prompt: { select: { slug: true, requirements: true, scale: true, rubric: true } },
    },
  });
  const findings = (interview.grade ? readGradeResult(interview.grade.result)?.findings : null) ?? [];
  return { findings, rubric: readStoredPrompt(interview.prompt).rubric };
}

/** Sets (or, with status null, takes back) the reviewer's verdict on one rule; answers the new adjusted score. */
export async function setVerdictOverride(
  db: Database,
  user: SessionUser,
  interviewId: string,
  input: { ruleId: string; status: RuleStatus | null; reason: string },
) {
  const { review } = await requireActiveReviewer(db, user, interviewId);
  const { findings, rubric } = await loadGradedRubric(db, interviewId);
  const finding = findings.find((f) => f.ruleId === input.ruleId);
  if (!finding) {
    throw new AppError("invalid_request", "That rule is not among this interview's findings.", {
      fieldErrors: { ruleId: ["Unknown rule."] },
    });
  }
  if (input.status === null || input.status === finding.status) {
    await db.reviewOverride.deleteMany({ where: { reviewId: review.id, ruleId: input.ruleId } });
  } else {
    const data = { status: input.status, reason: input.reason };
    await db.reviewOverride.upsert({
      where: { reviewId_ruleId: { reviewId: review.id, ruleId: input.ruleId } },
      create: { reviewId: review.id, ruleId: input.ruleId, ...data },
      update: data,
    });
  }
  const overrides = await listOverrides(db, review.id);
  return { overrides, adjustedScore: adjustedScore(rubric, findings, overrides) };
}

export async function listOverrides(db: Database, reviewId: string): Promise<VerdictOverrideView[]> {
  const rows = await db.reviewOverride.findMany({
    where: { reviewId },
    orderBy: { ruleId: "asc" },
    select: { ruleId: true, status: true, reason: true },
  });
  return rows;
}
