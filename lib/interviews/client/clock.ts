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

/**
 * Time left in whole minutes and seconds, rounded up like the clock, for the spoken form a
 * screen reader hears ("4 minutes 5 seconds left", worded by the page); null once time is up.
 */
export function clockParts(ms: number): { minutes: number; seconds: number } | null {
  if (ms <= 0) return null;
  const total = Math.ceil(ms / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
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
 * The threshold to announce when the clock crosses one towards the end (5 minutes, 1 minute,
 * time up), or null (the page words it). Announcing only the crossings keeps a screen reader
 * from reading every second.
 */
export function thresholdAnnouncement(previous: Urgency, next: Urgency): Exclude<Urgency, "normal"> | null {
  if (previous === next || next === "normal") return null;
  const rank: Record<Urgency, number> = { normal: 0, warning: 1, critical: 2, over: 3 };
  return rank[next] < rank[previous] ? null : next;
}
