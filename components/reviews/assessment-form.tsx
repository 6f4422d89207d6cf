"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SIGNALS, type Recommendation, type Signals } from "@/lib/reviews/schemas";
import { callApi, reviewPath } from "./api";
import { useReviewError } from "./errors";

/** From the strongest yes to the strongest no, as the select lists them. */
const RECOMMENDATIONS: readonly Recommendation[] = ["strong_hire", "hire", "lean_no_hire", "no_hire"];

/** The mentor's signals (1–4 with a sentence), recommendation and summary; "Complete review" publishes them. */
export function AssessmentForm({
  interviewId,
  initial,
}: {
  interviewId: string;
  initial: { signals: Signals; recommendation: Recommendation | null; summary: string };
}) {
  const router = useRouter();
  const t = useTranslations("reviews");
  const refusal = useReviewError();
  const [signals, setSignals] = useState<Signals>(initial.signals);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(initial.recommendation);
  const [summary, setSummary] = useState(initial.summary);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState<"save" | "complete" | null>(null);

  const save = async () => {
    const result = await callApi("PUT", reviewPath(interviewId, "/assessment"), { signals, recommendation, summary });
    if (!result.ok) setMessage({ tone: "error", text: refusal("assessment", result) });
    return result.ok;
  };

  const complete = async () => {
    setPending("complete");
    if (await save()) {
      const result = await callApi<{ adjustedScore: number }>("POST", reviewPath(interviewId, "/complete"));
      if (result.ok) {
        setMessage({ tone: "ok", text: t("assessment.published", { score: result.data.adjustedScore }) });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: refusal("complete", result) });
      }
    }
    setPending(null);
  };

  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setPending("save");
        void save().then((ok) => {
          if (ok) setMessage({ tone: "ok", text: t("assessment.draftSaved") });
          setPending(null);
        });
      }}
    >
      {SIGNALS.map((signal) => (
        <fieldset key={signal} className="space-y-2" data-signal={signal}>
          <legend className="text-sm font-medium text-slate-900">{t(`signals.${signal}`)}</legend>
          <div className="flex flex-wrap gap-2">
            {[1, 2, 3, 4].map((score) => (
              <label
                key={score}
                className="flex cursor-pointer items-center gap-1.5 rounded-lg px-2.5 py-1 text-sm ring-1 ring-slate-300 ring-inset has-checked:bg-indigo-50 has-checked:ring-indigo-500"
              >
                <input
                  type="radio"
                  name={`signal-${signal}`}
                  value={score}
                  checked={signals[signal]?.score === score}
                  onChange={() =>
                    setSignals((current) => ({ ...current, [signal]: { score, note: current[signal]?.note ?? "" } }))
                  }
                />
                {t("assessment.scoreOption", { score, label: t(`scores.${score as 1 | 2 | 3 | 4}`) })}
              </label>
            ))}
          </div>
          <input
            value={signals[signal]?.note ?? ""}
            disabled={!signals[signal]}
            onChange={(event) =>
              setSignals((current) => ({
                ...current,
                [signal]: { score: current[signal]!.score, note: event.target.value },
              }))
            }
            placeholder={t("assessment.why")}
            aria-label={t("assessment.whyLabel", { signal: t(`signals.${signal}`) })}
            maxLength={500}
            className="block w-full rounded-lg border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset disabled:bg-slate-50"
          />
        </fieldset>
      ))}
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-900">{t("assessment.recommendation")}</span>
        <select
          value={recommendation ?? ""}
          onChange={(event) => setRecommendation((event.target.value || null) as Recommendation | null)}
          className="block w-full rounded-lg border-0 py-1.5 text-sm ring-1 ring-slate-300 ring-inset"
        >
          <option value="">{t("assessment.choose")}</option>
          {RECOMMENDATIONS.map((value) => (
            <option key={value} value={value}>
              {t(`recommendations.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-900">{t("assessment.summary")}</span>
        <textarea
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          rows={4}
          maxLength={5000}
          className="block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset"
        />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" pending={pending === "save"}>
          {t("assessment.saveDraft")}
        </Button>
        <Button onClick={() => void complete()} pending={pending === "complete"}>
          {t("assessment.complete")}
        </Button>
        {message ? (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-emerald-700"}
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
