"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { streamCoach } from "@/lib/coach/client/events";
import type { StoredFeedback } from "@/lib/coach/feedback";
import type { CoachReport } from "@/lib/coach/report";
import { isGradingLanguage, RULE_IDS, ruleWords, type GradingLanguage, type RuleId } from "@/lib/grading";
import { cn } from "@/lib/ui/cn";
import { coachErrorCode, type CoachErrorCode } from "./coach-errors";
import { CoachTranscript } from "./coach-transcript";

type Run = { kind: "idle" } | { kind: "writing"; summary: string } | { kind: "failed"; code: CoachErrorCode };

/** A rule's title in the reader's language; a rule this build does not know, by its id. */
function ruleTitle(id: string, language: GradingLanguage): string {
  return (RULE_IDS as readonly string[]).includes(id) ? ruleWords(id as RuleId, language).title : id;
}

/**
 * "Coach's feedback" on the report: written by the language model from the grade, stored, and
 * shown again without a call. Each fix points at elements of the drawing (`onPick` highlights
 * them, as the findings do). It never touches the score. Without a model it says what one adds.
 */
export function CoachFeedback({
  interviewId,
  coach,
  activeKey,
  onPick,
}: {
  interviewId: string;
  coach: CoachReport;
  activeKey: string | null;
  onPick: (key: string, label: string, elementIds: string[]) => void;
}) {
  const t = useTranslations("coach");
  const [feedback, setFeedback] = useState<StoredFeedback | null>(coach.feedback);
  const [callsLeft, setCallsLeft] = useState(coach.callsLeft);
  const [run, setRun] = useState<Run>({ kind: "idle" });
  const writing = run.kind === "writing";

  const write = async () => {
    setRun({ kind: "writing", summary: "" });
    const outcome = await streamCoach(`/api/interviews/${interviewId}/coach/feedback`, {}, ({ event, data }) => {
      if (event === "summary" && typeof data.text === "string") setRun({ kind: "writing", summary: data.text });
      if (event === "done") setFeedback(data.feedback as StoredFeedback);
    });
    setCallsLeft((left) => Math.max(0, left - 1));
    setRun(outcome.ok ? { kind: "idle" } : { kind: "failed", code: coachErrorCode(outcome.code) });
  };

  return (
    <Section id="coach-title" title={t("feedback.title")}>
      {!coach.enabled ? (
        <Card className="mt-3 space-y-2 p-4 text-sm leading-relaxed text-slate-600" data-testid="coach-off">
          <p>{t.rich("feedback.off", { code: (chunks) => <code>{chunks}</code> })}</p>
        </Card>
      ) : (
        <div className="mt-3 space-y-4" data-testid="coach-feedback">
          <div className="flex flex-wrap items-center gap-3">
            <p className="flex-1 text-sm text-slate-600">{t("feedback.intro")}</p>
            <Button
              variant={feedback ? "secondary" : "primary"}
              size="sm"
              onClick={() => void write()}
              pending={writing}
              disabled={callsLeft === 0}
              title={callsLeft === 0 ? t("feedback.noCallsLeft") : t("feedback.callsLeft", { count: callsLeft })}
            >
              {feedback ? t("feedback.regenerate") : t("feedback.get")}
            </Button>
          </div>
          <div aria-live="polite">
            {run.kind === "failed" ? (
              <Alert tone="error" title={t("feedback.failed")}>
                <span className="flex flex-wrap items-center gap-3">
                  {t(`errors.${run.code}`)}
                  <Button size="sm" variant="secondary" onClick={() => void write()} disabled={callsLeft === 0}>
                    {t("retry")}
                  </Button>
                </span>
              </Alert>
            ) : null}
            {writing ? (
              <Card className="p-4" aria-busy="true">
                <p className="text-sm leading-relaxed text-slate-800" data-testid="coach-writing">
                  {run.summary || t("feedback.reading")}
                </p>
              </Card>
            ) : feedback ? (
              <FeedbackCard feedback={feedback} activeKey={activeKey} onPick={onPick} />
            ) : null}
          </div>
          <details className="rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm">
            <summary className="cursor-pointer font-medium text-slate-700">{t("feedback.sentTitle")}</summary>
            <p className="mt-2 text-slate-600">{t("feedback.sentBody")}</p>
            <pre className="mt-2 max-h-80 overflow-auto rounded-md bg-slate-50 p-3 text-xs text-slate-800">
              {JSON.stringify(feedback?.sent ?? coach.sent, null, 2)}
            </pre>
          </details>
        </div>
      )}
      {coach.transcript.length > 0 ? <CoachTranscript messages={coach.transcript} /> : null}
    </Section>
  );
}

function FeedbackCard({
  feedback,
  activeKey,
  onPick,
}: {
  feedback: StoredFeedback;
  activeKey: string | null;
  onPick: (key: string, label: string, elementIds: string[]) => void;
}) {
  const t = useTranslations("coach");
  const format = useFormatter();
  const locale = useLocale();
  const language = isGradingLanguage(locale) ? locale : "en";
  const { summary, strengths, fixes, deepDiveQuestion } = feedback.feedback;
  return (
    <Card className="space-y-4 p-4" lang={feedback.language}>
      {feedback.language !== locale ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900" lang={locale}>
          {t("feedback.otherLanguage", { language: feedback.language })}
        </p>
      ) : null}
      <p className="text-sm leading-relaxed text-slate-800">{summary}</p>
      {strengths.length ? (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase" lang={locale}>
            {t("feedback.strengths")}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {strengths.map((strength) => (
              <li key={strength}>{strength}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase" lang={locale}>
          {t("feedback.fixes")}
        </h3>
        <ol className="mt-2 space-y-2">
          {fixes.map((fix, index) => {
            const key = `coach:${index}`;
            return (
              <li key={key} data-testid="coach-fix">
                <button
                  type="button"
                  onClick={() => onPick(key, fix.title, fix.elementIds)}
                  aria-pressed={activeKey === key}
                  className={cn(
                    "w-full rounded-lg border px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600",
                    activeKey === key ? "border-indigo-400 bg-indigo-50/50" : "border-slate-200",
                  )}
                >
                  <span className="block text-sm font-medium text-slate-900">
                    {index + 1}. {fix.title}
                  </span>
                  <span className="mt-1 block text-sm text-slate-700">{fix.detail}</span>
                  {fix.ruleIds.length ? (
                    <span className="mt-1.5 block text-xs text-slate-500" lang={locale}>
                      {t("feedback.rules", { rules: fix.ruleIds.map((id) => ruleTitle(id, language)).join(", ") })}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase" lang={locale}>
          {t("feedback.question")}
        </h3>
        <p className="mt-1 text-sm text-slate-800">{deepDiveQuestion}</p>
      </div>
      <p className="text-xs text-slate-400" lang={locale}>
        {t("feedback.footer", {
          model: feedback.model,
          version: feedback.promptVersion,
          tokens: feedback.usage.promptTokens + feedback.usage.completionTokens,
          date: format.dateTime(new Date(feedback.createdAt), {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: "UTC",
          }),
        })}
      </p>
    </Card>
  );
}
