// Request rate limits, counted in this process's memory. They protect what is local to a
// process (its event loop, its share of the database's writes): with N instances behind a
// load balancer a client gets N times the limit, which is still bounded. Sign-in throttling,
// which must hold across instances, is counted in Postgres instead (lib/auth/throttle.ts).
import { AppError } from "@/lib/errors/app-error";

export interface RateLimitRule {
  /** Names the counter, so two routes limiting the same key do not share it. */
  name: string;
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
}

interface Window {
  startedAt: number;
  count: number;
  previousCount: number;
}

// Keys seen recently; the oldest are forgotten past this many, so memory stays bounded.
const MAX_KEYS = 50_000;
const windows = new Map<string, Window>();

/**
 * Counts a request of `key` against `rule` and throws AppError "rate_limited" (429) past the
 * limit. A sliding window: the previous window's count weighs in by how much of it still
 * overlaps, so a burst at a window's edge does not get twice the limit.
 */
export function consumeRateLimit(rule: RateLimitRule, key: string, now = Date.now()): void {
  const id = `${rule.name}:${key}`;
  let window = windows.get(id);
  if (!window || now - window.startedAt >= 2 * rule.windowMs) {
    window = { startedAt: now, count: 0, previousCount: 0 };
  } else if (now - window.startedAt >= rule.windowMs) {
    window = { startedAt: window.startedAt + rule.windowMs, count: 0, previousCount: window.count };
  }
  windows.delete(id);
  windows.set(id, window);
  if (windows.size > MAX_KEYS) windows.delete(windows.keys().next().value!);
  const overlap = 1 - (now - window.startedAt) / rule.windowMs;
  if (window.count + window.previousCount * overlap >= rule.limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + rule.windowMs - now) / 1000));
    throw new AppError("rate_limited", `Too many requests. Try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
    });
  }
  window.count++;
}

/** Forgets every count (tests). */
export function resetRateLimits(): void {
  windows.clear();
}
