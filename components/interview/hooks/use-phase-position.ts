"use client";

import { currentPhase, phaseSchedule } from "@/lib/interviews/client/phases";
import type { ServerClock } from "@/lib/interviews/client/server-clock";
import { useClockSecond } from "./use-server-clock";

/** What a view of the suggested phases is given: the page's clock and the interview's span. */
export interface PhaseClockProps {
  clock: ServerClock;
  serverNow: string;
  startedMs: number;
  deadlineMs: number;
}

/** The phase schedule for this interview and where the candidate is in it, re-evaluated every second. */
export function usePhasePosition({ clock, serverNow, startedMs, deadlineMs }: PhaseClockProps) {
  const second = useClockSecond(clock, serverNow);
  const duration = deadlineMs - startedMs;
  const schedule = phaseSchedule(duration);
  const position = currentPhase(second * 1000 - startedMs, duration);
  return { nowMs: second * 1000, schedule, position };
}
