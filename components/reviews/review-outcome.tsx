import { useTranslations } from "next-intl";
import { ScoreDial } from "@/components/report/score-dial";
import type { ReviewView } from "@/lib/reviews/view";
import { SIGNALS } from "@/lib/reviews/schemas";

type PublishedReview = NonNullable<ReviewView["review"]>;

/** The published review: the adjusted score beside the engine's, the recommendation, the signals and the summary. */
export function ReviewOutcome({ review, engineScore }: { review: PublishedReview; engineScore: number | null }) {
  const t = useTranslations("reviews");
  return (
    <div className="space-y-5" data-testid="review-outcome">
      <div className="flex flex-wrap items-center gap-6">
        {engineScore !== null ? <ScoreDial score={engineScore} label={t("outcome.engineScore")} size="sm" /> : null}
        {review.adjustedScore !== null ? (
          <div data-testid="adjusted-score">
            <ScoreDial score={review.adjustedScore} label={t("outcome.adjusted")} size="sm" />
          </div>
        ) : null}
        {review.recommendation ? (
          <div>
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("outcome.recommendation")}</p>
            <p className="text-lg font-semibold text-slate-900" data-testid="recommendation">
              {t(`recommendations.${review.recommendation}`)}
            </p>
          </div>
        ) : null}
      </div>
      {review.summary ? (
        <p className="text-sm leading-relaxed whitespace-pre-line text-slate-800">{review.summary}</p>
      ) : null}
      <dl className="grid gap-3 sm:grid-cols-2" data-testid="signals">
        {SIGNALS.map((signal) => {
          const value = review.signals[signal];
          return (
            <div key={signal} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt className="flex items-center justify-between text-sm font-medium text-slate-900">
                {t(`signals.${signal}`)}
                <span className="text-indigo-700">
                  {value
                    ? t("outcome.signalScore", {
                        score: value.score,
                        label: t(`scores.${value.score as 1 | 2 | 3 | 4}`),
                      })
                    : "—"}
                </span>
              </dt>
              {value?.note ? <dd className="mt-1 text-sm text-slate-700">{value.note}</dd> : null}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
