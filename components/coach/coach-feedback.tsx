"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { streamCoach } from "@/lib/coach/client/events";
import type { StoredFeedback } from "@/lib/coach/feedback";
import type { CoachReport } from "@/lib/coach/report";
import { RULE_META, type RuleId } from "@/lib/grading";
import { cn } from "@/lib/ui/cn";
import { CoachTranscript } from "./coach-transcript";

type Run = { kind: "idle" } | { kind: "writing"; summary: string } | { kind: "failed"; message: string };

const ruleTitle = (id: string) => RULE_META[id as RuleId]?.title ?? id;

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
    setRun(outcome.ok ? { kind: "idle" } : { kind: "failed", message: outcome.message });
  };

  return (
    <Section id="coach-title" title="Coach's feedback">
      {!coach.enabled ? (
        <Card className="mt-3 space-y-2 p-4 text-sm leading-relaxed text-slate-600" data-testid="coach-off">
          <p>
            The score above is the rule engine&rsquo;s and needs nothing else. With a language model configured (
            <code>OPENAI_API_KEY</code>, or <code>OPENAI_BASE_URL</code> for a local server), a coach also writes
            feedback here: a summary, your strengths, the three fixes that matter most (each pointing at your drawing)
            and a deep-dive question to prepare, and an interviewer chats with you during the interview.
          </p>
        </Card>
      ) : (
        <div className="mt-3 space-y-4" data-testid="coach-feedback">
          <div className="flex flex-wrap items-center gap-3">
            <p className="flex-1 text-sm text-slate-600">
              Written by a language model from your drawing&rsquo;s findings. It explains; the score stays the
              engine&rsquo;s.
            </p>
            <Button
              variant={feedback ? "secondary" : "primary"}
              size="sm"
              onClick={() => void write()}
              pending={writing}
              disabled={callsLeft === 0}
              title={callsLeft === 0 ? "Today's coach calls are used up" : `${callsLeft} coach calls left today`}
            >
              {feedback ? "Regenerate" : "Get the coach's feedback"}
            </Button>
          </div>
          <div aria-live="polite">
            {run.kind === "failed" ? (
              <Alert tone="error" title="The coach could not write feedback">
                <span className="flex flex-wrap items-center gap-3">
                  {run.message}
                  <Button size="sm" variant="secondary" onClick={() => void write()} disabled={callsLeft === 0}>
                    Retry
                  </Button>
                </span>
              </Alert>
            ) : null}
            {writing ? (
              <Card className="p-4" aria-busy="true">
                <p className="text-sm leading-relaxed text-slate-800" data-testid="coach-writing">
                  {run.summary || "The coach is reading your drawing…"}
                </p>
              </Card>
            ) : feedback ? (
              <FeedbackCard feedback={feedback} activeKey={activeKey} onPick={onPick} />
            ) : null}
          </div>
          <details className="rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm">
            <summary className="cursor-pointer font-medium text-slate-700">What the model sees</summary>
            <p className="mt-2 text-slate-600">
              Exactly this, and nothing else: the prompt, the components and connections the grader read (not your raw
              drawing), the findings, your notes and the interview&rsquo;s chat.
            </p>
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
  const { summary, strengths, fixes, deepDiveQuestion } = feedback.feedback;
  return (
    <Card className="space-y-4 p-4">
      <p className="text-sm leading-relaxed text-slate-800">{summary}</p>
      {strengths.length ? (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Strengths</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {strengths.map((strength) => (
              <li key={strength}>{strength}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Fix these first</h3>
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
                    <span className="mt-1.5 block text-xs text-slate-500">
                      Rules: {fix.ruleIds.map(ruleTitle).join(", ")}
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Prepare for this question</h3>
        <p className="mt-1 text-sm text-slate-800">{deepDiveQuestion}</p>
      </div>
      <p className="text-xs text-slate-400">
        {feedback.model} · {feedback.promptVersion} · {feedback.usage.promptTokens + feedback.usage.completionTokens}{" "}
        tokens · {new Date(feedback.createdAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC
      </p>
    </Card>
  );
}
