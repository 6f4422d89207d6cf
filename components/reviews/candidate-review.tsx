"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalDate } from "@/components/time/local-date";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { MAX_NOTE_LENGTH } from "@/lib/reviews/schemas";
import type { ReviewView } from "@/lib/reviews/view";
import { callApi, reviewPath } from "./api";
import { useReviewError } from "./errors";
import { ReviewOutcome } from "./review-outcome";
import { ThreadPanel, type RuleLabel } from "./thread-panel";
import { VerdictTable, type EngineVerdict } from "./verdict-table";

function AskForReview({ interviewId }: { interviewId: string }) {
  const router = useRouter();
  const t = useTranslations("reviews.ask");
  const refusal = useReviewError();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setPending(true);
        void callApi("POST", reviewPath(interviewId), { note }).then((result) => {
          setPending(false);
          if (result.ok) router.refresh();
          else setError(refusal("request", result));
        });
      }}
    >
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-900">{t("noteLabel")}</span>
        <textarea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          className="block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
        />
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}

function RequestState({ view }: { view: ReviewView }) {
  const router = useRouter();
  const t = useTranslations("reviews");
  const refusal = useReviewError();
  const [error, setError] = useState<string | null>(null);
  const review = view.review!;
  return (
    <div className="space-y-2 text-sm text-slate-700" data-testid="review-state">
      {review.status === "requested" ? (
        <div className="flex flex-wrap items-center gap-3">
          <Badge tone="warning">{t("state.requested")}</Badge>
          <span>
            {t.rich("candidate.askedWaiting", {
              date: () => <LocalDate value={review.requestedAt} format="datetime" />,
            })}
          </span>
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              void callApi("DELETE", reviewPath(view.interviewId)).then((result) =>
                result.ok ? router.refresh() : setError(refusal("withdraw", result)),
              )
            }
          >
            {t("candidate.withdraw")}
          </Button>
        </div>
      ) : review.status === "in_review" ? (
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="accent">{t("state.in_review")}</Badge>
          <span>
            {t.rich(review.claimedAt ? "candidate.claimedByOn" : "candidate.claimedBy", {
              name: review.mentor?.name ?? t("candidate.aMentor"),
              strong: (chunks) => <strong>{chunks}</strong>,
              date: () => (review.claimedAt ? <LocalDate value={review.claimedAt} format="datetime" /> : null),
            })}
          </span>
        </p>
      ) : (
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="success">{t("state.done")}</Badge>
          <span>
            {t.rich(review.completedAt ? "candidate.reviewedByOn" : "candidate.reviewedBy", {
              name: review.mentor?.name ?? t("candidate.aMentor"),
              strong: (chunks) => <strong>{chunks}</strong>,
              date: () => (review.completedAt ? <LocalDate value={review.completedAt} format="datetime" /> : null),
            })}
          </span>
        </p>
      )}
      {review.note ? <p className="text-slate-600">{t("candidate.yourNote", { note: review.note })}</p> : null}
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The candidate's side of a review on the report: ask, follow, read the outcome, reply to threads. */
export function CandidateReview({
  view,
  engineScore,
  verdicts,
  rules,
}: {
  view: ReviewView;
  engineScore: number | null;
  verdicts: EngineVerdict[];
  rules: RuleLabel[];
}) {
  const t = useTranslations("reviews.candidate");
  const review = view.review;
  return (
    <div className="space-y-8" id="mentor-review">
      <Section id="mentor-review-title" title={t("title")}>
        <Card className="mt-3 space-y-5 p-5">
          {review ? <RequestState view={view} /> : <AskForReview interviewId={view.interviewId} />}
          {review?.status === "done" ? (
            <>
              <ReviewOutcome review={review} engineScore={engineScore} />
              <div className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-900">{t("verdictsTitle")}</h3>
                <VerdictTable
                  interviewId={view.interviewId}
                  verdicts={verdicts}
                  overrides={review.overrides}
                  editable={false}
                />
              </div>
            </>
          ) : null}
        </Card>
      </Section>
      {review ? <ThreadPanel rules={rules} /> : null}
    </div>
  );
}
