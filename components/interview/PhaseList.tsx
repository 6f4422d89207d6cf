"use client";

import { currentPhase, phaseSchedule } from "@/lib/interviews/client/phases";
import type { ServerClock } from "@/lib/interviews/client/server-clock";
import { cn } from "@/lib/ui/cn";
import { useClockSecond } from "./hooks/useServerClock";

const minutes = (ms: number) => Math.round(ms / 60_000);

/** The suggested pace, phase by phase with its minutes, the current one marked. */
export function PhaseList({
  clock,
  serverNow,
  startedMs,
  deadlineMs,
}: {
  clock: ServerClock;
  serverNow: string;
  startedMs: number;
  deadlineMs: number;
}) {
  const second = useClockSecond(clock, serverNow);
  const duration = deadlineMs - startedMs;
  const position = currentPhase(second * 1000 - startedMs, duration);
  return (
    <ol className="space-y-1">
      {phaseSchedule(duration).map((phase, index) => {
        const current = index === position.index;
        const done = index < position.index;
        return (
          <li
            key={phase.id}
            aria-current={current ? "step" : undefined}
            className={cn("flex gap-3 rounded-lg px-3 py-2", current ? "bg-indigo-50 ring-1 ring-indigo-200 ring-inset" : "")}
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
                  {phase.title}
                  {current ? <span className="sr-only"> (now)</span> : null}
                </p>
                <p className="shrink-0 text-xs text-slate-500 tabular-nums">
                  {minutes(phase.startMs)}–{minutes(phase.endMs)} min
                </p>
              </div>
              {current ? <p className="mt-0.5 text-xs leading-relaxed text-slate-600">{phase.hint}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
