"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";
import { type PhaseClockProps, usePhasePosition } from "./hooks/use-phase-position";

/**
 * The suggested phases as one bar, each segment as wide as its share of the interview,
 * with a marker where the candidate should be now and the phase's name beside it.
 */
export function PhaseBar(props: PhaseClockProps) {
  const t = useTranslations("interview");
  const { nowMs, schedule, position } = usePhasePosition(props);
  const title = t(`phases.${position.phase.id}.title`);
  const minutesLeftInPhase = Math.max(0, Math.ceil((props.startedMs + position.phase.endMs - nowMs) / 60_000));

  return (
    <div className="hidden min-w-0 items-center gap-3 lg:flex" title={t(`phases.${position.phase.id}.hint`)}>
      <div
        className="relative flex h-2 w-44 shrink-0 gap-0.5 xl:w-56"
        role="meter"
        aria-label={t("phases.progress")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(position.overall * 100)}
        aria-valuetext={t("phases.suggested", { phase: title })}
      >
        {schedule.map((phase, index) => (
          <div
            key={phase.id}
            className={cn(
              "h-full overflow-hidden rounded-full",
              index < position.index ? "bg-indigo-300" : index === position.index ? "bg-indigo-100" : "bg-slate-200",
            )}
            style={{ width: `${phase.share * 100}%` }}
          >
            {index === position.index ? (
              <div className="h-full rounded-full bg-indigo-500" style={{ width: `${position.progress * 100}%` }} />
            ) : null}
          </div>
        ))}
      </div>
      <p className="min-w-0 truncate text-xs text-slate-600">
        <span className="font-medium text-slate-900">{title}</span>
        <span className="hidden xl:inline"> · {t("phases.minutesLeft", { minutes: minutesLeftInPhase })}</span>
      </p>
    </div>
  );
}
