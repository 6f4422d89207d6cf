// Small text formatters shared by the report page, the Markdown export and the history.

/** "42 s", "3 min 30 s", "12 min", "1 h 5 min": how long something took, as precise as a reader needs. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  // Seconds matter in a five-minute warm-up, not in a 45-minute interview.
  if (seconds < 600 && seconds % 60 !== 0) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
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
