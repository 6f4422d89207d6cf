/**
 * The interview clock runs on the server's time, not the browser's: a laptop whose clock is
 * a few minutes off must still see the real deadline. The browser only measures how far its
 * own clock is from the server's (the offset) and adds it to Date.now().
 */

/** serverNow − clientNow, from a server timestamp taken "now" (e.g. rendered into the page). */
export function clockOffset(serverNowMs: number, clientNowMs: number): number {
  return serverNowMs - clientNowMs;
}

/**
 * Offset from a request's round trip: the server stamped its time somewhere between sending
 * and receiving, so the midpoint is the best guess of when, and half the round trip the error.
 */
export function offsetFromRoundTrip(
  serverMs: number,
  sentAtMs: number,
  receivedAtMs: number,
): { offset: number; error: number } {
  const mid = (sentAtMs + receivedAtMs) / 2;
  return { offset: serverMs - mid, error: Math.max(0, receivedAtMs - sentAtMs) / 2 };
}

/** Time left as "mm:ss", or "h:mm:ss" from one hour; rounded up so 00:00 means really over. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, "0");
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A spoken form for screen readers: "4 minutes 5 seconds left". */
export function describeClock(ms: number): string {
  if (ms <= 0) return "Time is up";
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? "" : "s"}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? "" : "s"}`);
  return `${parts.join(" ")} left`;
}

export type Urgency = "normal" | "warning" | "critical" | "over";

const WARNING_MS = 5 * 60_000;
const CRITICAL_MS = 60_000;

export function urgencyOf(msLeft: number): Urgency {
  if (msLeft <= 0) return "over";
  if (msLeft <= CRITICAL_MS) return "critical";
  if (msLeft <= WARNING_MS) return "warning";
  return "normal";
}

/**
 * What to announce when the clock crosses a threshold (5 minutes, 1 minute, time up), or
 * null. Announcing only the crossings keeps a screen reader from reading every second.
 */
export function thresholdAnnouncement(previous: Urgency, next: Urgency): string | null {
  if (previous === next) return null;
  const rank: Record<Urgency, number> = { normal: 0, warning: 1, critical: 2, over: 3 };
  if (rank[next] < rank[previous]) return null;
  switch (next) {
    case "warning":
      return "5 minutes left in the interview.";
    case "critical":
      return "1 minute left. Your drawing is submitted automatically when time runs out.";
    case "over":
      return "Time is up. Submitting your drawing.";
    default:
      return null;
  }
}
