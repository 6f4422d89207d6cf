"use client";

import { useTranslations } from "next-intl";
import { LocalDate } from "@/components/time/local-date";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import type { AssignableMentor } from "@/lib/reviews/claims";
import type { ReviewView } from "@/lib/reviews/view";
import { AssessmentForm } from "./assessment-form";
import { AssignForm } from "./assign-form";
import { ClaimButton } from "./claim-button";
import { ReviewOutcome } from "./review-outcome";
import { ThreadPanel, type RuleLabel } from "./thread-panel";
import { VerdictTable, type EngineVerdict } from "./verdict-table";

/** The mentor's side of the workspace: claim, threads, verdicts, the assessment and completion. */
export function MentorReview({
  view,
  engineScore,
  verdicts,
  rules,
  mentors,
}: {
  view: ReviewView;
  engineScore: number | null;
  verdicts: EngineVerdict[];
  rules: RuleLabel[];
  /** Who the review can be assigned to; only an admin's workspace passes it. */
  mentors?: AssignableMentor[];
}) {
  const t = useTranslations("reviews");
  const review = view.review!;
  const holding = view.viewer === "reviewer" && review.status === "in_review";
  return (
    <div className="space-y-8">
      <Card className="flex flex-wrap items-center justify-between gap-4 p-5" data-testid="review-state">
        <div className="space-y-1 text-sm text-slate-700">
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={review.status === "requested" ? "warning" : review.status === "done" ? "success" : "accent"}>
              {t(`state.${review.status}`)}
            </Badge>
            {review.mentor ? (
              <span>
                {view.viewer === "reviewer"
                  ? t("workspace.youHold")
                  : t("workspace.claimedBy", { name: review.mentor.name })}
              </span>
            ) : (
              <span>{t("workspace.unclaimed")}</span>
            )}
            <span className="text-slate-500">
              {t.rich("workspace.asked", {
                date: () => <LocalDate value={review.requestedAt} format="datetime" />,
              })}
            </span>
          </p>
          {review.note ? <p>{t("workspace.candidateAsks", { name: view.candidate.name, note: review.note })}</p> : null}
        </div>
        <div className="flex flex-wrap items-start gap-3">
          {review.status === "requested" && (view.viewer === "mentor" || view.viewer === "admin") ? (
            <ClaimButton interviewId={view.interviewId} action="claim" />
          ) : holding || (view.viewer === "admin" && review.status === "in_review") ? (
            <ClaimButton interviewId={view.interviewId} action="release" />
          ) : null}
          {mentors && view.viewer === "admin" && review.status !== "done" ? (
            <AssignForm
              interviewId={view.interviewId}
              candidateId={view.candidate.id}
              currentMentorId={review.mentor?.id ?? null}
              mentors={mentors}
            />
          ) : null}
        </div>
      </Card>

      <ThreadPanel rules={rules} />

      <Section id="verdicts-title" title={t("workspace.verdictsTitle")}>
        <p className="mt-1 text-sm text-slate-600">
          {holding ? t("workspace.verdictsHelpHolding") : t("workspace.verdictsHelp")}
          {review.adjustedScore !== null ? (
            <span className="ml-1 font-medium text-slate-900" data-testid="adjusted-score-draft">
              {t("workspace.adjustedDraft", { score: review.adjustedScore, engine: engineScore ?? "—" })}
            </span>
          ) : null}
        </p>
        <div className="mt-3">
          <VerdictTable
            interviewId={view.interviewId}
            verdicts={verdicts}
            overrides={review.overrides}
            editable={holding}
          />
        </div>
      </Section>

      <Section id="assessment-title" title={t("workspace.assessmentTitle")}>
        <Card className="mt-3 p-5">
          {holding ? (
            <AssessmentForm
              interviewId={view.interviewId}
              initial={{ signals: review.signals, recommendation: review.recommendation, summary: review.summary }}
            />
          ) : review.status === "done" ? (
            <ReviewOutcome review={review} engineScore={engineScore} />
          ) : (
            <p className="text-sm text-slate-600">{t("workspace.assessmentWaiting")}</p>
          )}
        </Card>
      </Section>
    </div>
  );
}
