"use client";

import { Badge } from "@/components/ui/badge";
import type { Probe, ProbeLanguage } from "@/lib/coach/probes";

const SEVERITY_TONE = { critical: "danger", major: "warning", minor: "neutral" } as const;

/** The interviewer's questions; one about a part of the drawing selects that part on the board. */
export function ProbeList({
  probes,
  language,
  onSelect,
}: {
  probes: Probe[];
  language: ProbeLanguage;
  onSelect: (elementIds: string[]) => void;
}) {
  if (probes.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 px-3 py-4 text-center text-sm text-slate-500">
        {language === "ko" ? "지금은 더 물어볼 것이 없습니다." : "No questions right now: keep drawing."}
      </p>
    );
  }
  return (
    <ul className="space-y-2" aria-label="Interviewer's questions" lang={language}>
      {probes.map((probe) => {
        const pointed = probe.elementIds.length > 0;
        const body = (
          <>
            <span className="block text-sm leading-snug text-slate-900">{probe.text[language]}</span>
            {probe.severity ? (
              <span className="mt-1.5 flex items-center gap-1.5">
                <Badge tone={SEVERITY_TONE[probe.severity]}>{probe.severity}</Badge>
                <span className="text-xs text-slate-500">{probe.ruleId}</span>
              </span>
            ) : null}
          </>
        );
        return (
          <li key={probe.id} data-testid="probe" data-rule={probe.ruleId ?? undefined}>
            {pointed ? (
              <button
                type="button"
                onClick={() => onSelect(probe.elementIds)}
                className="w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-left hover:border-indigo-300 hover:bg-indigo-50/40 focus-visible:outline-2 focus-visible:outline-indigo-600"
                aria-label={`${probe.text[language]} (select it on the board)`}
              >
                {body}
              </button>
            ) : (
              <div className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
