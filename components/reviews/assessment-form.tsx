"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SIGNALS, type Recommendation, type Signals } from "@/lib/reviews/schemas";
import { callApi, reviewPath } from "./api";
import { RECOMMENDATION_LABELS, SCORE_LABELS, SIGNAL_LABELS } from "./labels";

/** The mentor's signals (1–4 with a sentence), recommendation and summary; "Complete review" publishes them. */
export function AssessmentForm({
  interviewId,
  initial,
}: {
  interviewId: string;
  initial: { signals: Signals; recommendation: Recommendation | null; summary: string };
}) {
  const router = useRouter();
  const [signals, setSignals] = useState<Signals>(initial.signals);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(initial.recommendation);
  const [summary, setSummary] = useState(initial.summary);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState<"save" | "complete" | null>(null);

  const save = async () => {
    const result = await callApi("PUT", reviewPath(interviewId, "/assessment"), { signals, recommendation, summary });
    if (!result.ok) setMessage({ tone: "error", text: result.message });
    return result.ok;
  };

  const complete = async () => {
    setPending("complete");
    if (await save()) {
      const result = await callApi<{ adjustedScore: number }>("POST", reviewPath(interviewId, "/complete"));
      if (result.ok) {
        setMessage({ tone: "ok", text: `Review published: adjusted score ${result.data.adjustedScore}.` });
        router.refresh();
      } else {
        const missing = Object.keys((result.details.fieldErrors as object | undefined) ?? {}).length;
        setMessage({ tone: "error", text: missing ? `${result.message} (${missing} missing)` : result.message });
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
          if (ok) setMessage({ tone: "ok", text: "Draft saved. The candidate sees it once you complete the review." });
          setPending(null);
        });
      }}
    >
      {SIGNALS.map((signal) => (
        <fieldset key={signal} className="space-y-2" data-signal={signal}>
          <legend className="text-sm font-medium text-slate-900">{SIGNAL_LABELS[signal]}</legend>
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
                {score} · {SCORE_LABELS[score]}
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
            placeholder="One sentence on why"
            aria-label={`${SIGNAL_LABELS[signal]}: why`}
            maxLength={500}
            className="block w-full rounded-lg border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset disabled:bg-slate-50"
          />
        </fieldset>
      ))}
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-900">Recommendation</span>
        <select
          value={recommendation ?? ""}
          onChange={(event) => setRecommendation((event.target.value || null) as Recommendation | null)}
          className="block w-full rounded-lg border-0 py-1.5 text-sm ring-1 ring-slate-300 ring-inset"
        >
          <option value="">Choose…</option>
          {Object.entries(RECOMMENDATION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-900">Summary for the candidate</span>
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
          Save draft
        </Button>
        <Button onClick={() => void complete()} pending={pending === "complete"}>
          Complete review
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
