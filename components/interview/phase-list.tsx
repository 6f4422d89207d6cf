"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";
import { type PhaseClockProps, usePhasePosition } from "./hooks/use-phase-position";

const minutes = (ms: number) => Math.round(ms / 60_000);

/** The suggested pace, phase by phase with its minutes, the current one marked. */
export function PhaseList(props: PhaseClockProps) {
  const t = useTranslations("interview");
  const { schedule, position } = usePhasePosition(props);
  return (
    <ol className="space-y-1">
      {schedule.map((phase, index) => {
        const current = index === position.index;
        const done = index < position.index;
        return (
          <li
            key={phase.id}
            aria-current={current ? "step" : undefined}
            className={cn(
              "flex gap-3 rounded-lg px-3 py-2",
              current ? "bg-indigo-50 ring-1 ring-indigo-200 ring-inset" : "",
            )}
          >
            <span
              aria-hidden="true"
              className={cn(
                "mt-1.5 size-2 shrink-0 rounded-full",
                current ? "bg-indigo-600" : done ? "bg-indigo-300" : "bg-slate-300",
              )}
            />
            <div className="min-w-0 flex-1">
              <div className="flex items-baseline justify-between gap-2">
                <p className={cn("text-sm", current ? "font-semibold text-indigo-900" : "font-medium text-slate-800")}>
                  {t(`phases.${phase.id}.title`)}
                  {current ? <span className="sr-only"> {t("phases.now")}</span> : null}
                </p>
                <p className="shrink-0 text-xs text-slate-500 tabular-nums">
                  {t("phases.span", { start: minutes(phase.startMs), end: minutes(phase.endMs) })}
                </p>
              </div>
              {current ? (
                <p className="mt-0.5 text-xs leading-relaxed text-slate-600">{t(`phases.${phase.id}.hint`)}</p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
