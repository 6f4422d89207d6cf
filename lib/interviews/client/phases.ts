/**
 * The suggested pace of a system-design interview, as shares of its duration. It is advice
 * shown beside the clock, never enforced.
 */
export interface Phase {
  id: "requirements" | "estimation" | "high_level" | "deep_dive" | "wrap_up";
  /**
   * The phase's English name, for the interviewer model's instructions (lib/coach/prompts.ts).
   * The page names phases and their hints from its catalogue (interview.phases).
   */
  title: string;
  share: number;
}

export const PHASES: readonly Phase[] = [
  { id: "requirements", title: "Requirements", share: 0.1 },
  { id: "estimation", title: "Estimation", share: 0.1 },
  { id: "high_level", title: "High-level design", share: 0.4 },
  { id: "deep_dive", title: "Deep dive", share: 0.3 },
  { id: "wrap_up", title: "Wrap-up", share: 0.1 },
];

export interface ScheduledPhase extends Phase {
  /** Offset from the start of the interview, in ms. */
  startMs: number;
  endMs: number;
}

export function phaseSchedule(durationMs: number): ScheduledPhase[] {
  let start = 0;
  return PHASES.map((phase, index) => {
    // The last phase ends exactly at the deadline, whatever rounding the shares leave.
    const end = index === PHASES.length - 1 ? durationMs : Math.round(start + phase.share * durationMs);
    const scheduled = { ...phase, startMs: start, endMs: end };
    start = end;
    return scheduled;
  });
}

export interface PhasePosition {
  index: number;
  phase: ScheduledPhase;
  /** 0..1 through the current phase. */
  progress: number;
  /** 0..1 through the whole interview. */
  overall: number;
}

/** Where the candidate should be now, given the time elapsed since the start. */
export function currentPhase(elapsedMs: number, durationMs: number): PhasePosition {
  const schedule = phaseSchedule(durationMs);
  const clamped = Math.min(Math.max(elapsedMs, 0), durationMs);
  let index = schedule.findIndex((phase) => clamped < phase.endMs);
  if (index === -1) index = schedule.length - 1;
  const phase = schedule[index]!;
  const span = phase.endMs - phase.startMs;
  return {
    index,
    phase,
    progress: span > 0 ? Math.min(1, (clamped - phase.startMs) / span) : 1,
    overall: durationMs > 0 ? clamped / durationMs : 1,
  };
}
