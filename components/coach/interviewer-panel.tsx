"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { usePhasePosition, type PhaseClockProps } from "@/components/interview/hooks/use-phase-position";
import { PROBE_LANGUAGES, probesFor, type ProbeLanguage } from "@/lib/coach/probes";
import { EMPTY_GRAPH } from "@/lib/coach/schemas";
import type { TranscriptMessage } from "@/lib/coach/transcript";
import type { Rubric } from "@/lib/grading";
import { analyseDrawing } from "@/lib/interviews/client/analyse";
import { cn } from "@/lib/ui/cn";
import { InterviewerChat } from "./interviewer-chat";
import { ProbeList } from "./probe-list";
import { useLiveGrade } from "./use-live-grade";

export interface CoachSetup {
  /** A language model is configured: the chat is on. */
  enabled: boolean;
  transcript: TranscriptMessage[];
}

/** Each language as the toggle names it, in itself (the same in every interface language). */
const LANGUAGE_BUTTONS: Record<ProbeLanguage, string> = { en: "EN", ko: "한국어" };

/**
 * The interviewer's side panel: questions drawn from the live findings and the phase (no model
 * needed), and, with a model configured, the interviewer chat.
 */
export function InterviewerPanel({
  api,
  rubric,
  phase,
  interviewId,
  coach,
  readOnly,
  onSelect,
}: {
  api: ExcalidrawImperativeAPI | null;
  rubric: Rubric;
  phase: PhaseClockProps;
  interviewId: string;
  coach: CoachSetup;
  readOnly: boolean;
  onSelect: (elementIds: string[]) => void;
}) {
  const t = useTranslations("coach");
  const grade = useLiveGrade(api, rubric);
  const { position } = usePhasePosition(phase);
  // The questions come in the interface's language; the toggle lets a candidate practise in the other.
  const locale = useLocale();
  const [language, setLanguage] = useState<ProbeLanguage>(locale);
  const probes = useMemo(
    () => probesFor(grade ?? { findings: [], components: [] }, position.phase.id),
    [grade, position.phase.id],
  );
  // Read fresh at send time: the live grade may be a moment behind the drawing.
  const getGraph = useMemo(
    () => () => {
      const analysis = api ? analyseDrawing(api.getSceneElements()) : null;
      return analysis?.ok ? analysis.graph : EMPTY_GRAPH;
    },
    [api],
  );

  return (
    <div className="space-y-5">
      <section aria-labelledby="probes-heading" className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h3 id="probes-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {t("probes.title")}
          </h3>
          <div role="group" aria-label={t("probes.language")} className="flex rounded-md ring-1 ring-slate-200">
            {PROBE_LANGUAGES.map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={language === option}
                onClick={() => setLanguage(option)}
                className={cn(
                  "px-2 py-0.5 text-xs font-medium first:rounded-l-md last:rounded-r-md",
                  language === option ? "bg-indigo-600 text-white" : "text-slate-600 hover:bg-slate-100",
                )}
              >
                {LANGUAGE_BUTTONS[option]}
              </button>
            ))}
          </div>
        </div>
        <ProbeList probes={probes} language={language} onSelect={onSelect} />
      </section>
      <section aria-labelledby="chat-heading" className="space-y-2 border-t border-slate-200 pt-4">
        <h3 id="chat-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t("chat.title")}
        </h3>
        {coach.enabled ? (
          <InterviewerChat
            interviewId={interviewId}
            initialMessages={coach.transcript}
            getGraph={getGraph}
            disabled={readOnly}
          />
        ) : (
          <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm leading-relaxed text-slate-600">
            {t.rich("chat.off", { code: (chunks) => <code>{chunks}</code> })}
          </p>
        )}
      </section>
    </div>
  );
}
