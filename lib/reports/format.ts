// Small text formatters shared by the report page, the Markdown export and the history.

/**
 * How long something took, as precise as a reader needs: seconds under a minute, minutes and
 * seconds under ten minutes (seconds matter in a five-minute warm-up, not in a 45-minute
 * interview), minutes under an hour, then hours and minutes. `unit` says which parts to show;
 * the catalogue (report.duration) words them in the reader's language.
 */
export interface DurationParts {
  unit: "s" | "ms" | "m" | "h" | "hm";
  hours: number;
  minutes: number;
  seconds: number;
}

export function durationParts(ms: number): DurationParts {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return { unit: "s", hours: 0, minutes: 0, seconds };
  if (seconds < 600 && seconds % 60 !== 0)
    return { unit: "ms", hours: 0, minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: "m", hours: 0, minutes, seconds: 0 };
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return { unit: rest === 0 ? "h" : "hm", hours, minutes: rest, seconds: 0 };
}

/** "+3:05", "+1:02:10": a replay point's time since the interview started. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `+${h}:${String(m).padStart(2, "0")}:${s}` : `+${m}:${s}`;
}

/** "Mar 4, 2026" in UTC: the same text on the server and in any test. */
export function formatDateUtc(iso: string): string {
  return new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(iso),
  );
}

/** "75%" from a 0..1 rate. */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
