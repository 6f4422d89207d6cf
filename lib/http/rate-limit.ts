// Request rate limits, counted in the database (RateLimitWindow) so that every app instance
// behind the load balancer counts against the same limit: the web tier keeps no state of its
// own. Sign-in throttling keeps its own table (lib/auth/throttle.ts): it counts failures, not
// requests, and forgives a device that signed in before.
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export interface RateLimitRule {
  /** Names the counter, so two routes limiting the same key do not share it. */
  name: string;
  /** Requests allowed per window and key. */
  limit: number;
  /** At most MAX_WINDOW_MS: older windows are deleted. */
  windowMs: number;
}

/** Windows older than this are deleted as new ones open; no rule may have a longer window. */
export const MAX_WINDOW_MS = 60 * 60 * 1000;

/**
 * Counts a request of `key` against `rule` and throws AppError "rate_limited" (429) past the
 * limit. A sliding window estimated from two fixed ones: the previous window's count weighs
 * in by how much of it still overlaps, so a burst at a window's edge does not get twice the
 * limit. A refused request is not counted, so a client that waits as told gets through.
 */
export async function consumeRateLimit(
  db: Database,
  rule: RateLimitRule,
  key: string,
  now = Date.now(),
): Promise<void> {
  if (rule.windowMs > MAX_WINDOW_MS) throw new Error(`rate limit "${rule.name}": window longer than an hour`);
  const id = `${rule.name}:${key}`;
  const windowStart = Math.floor(now / rule.windowMs) * rule.windowMs;
  const overlap = 1 - (now - windowStart) / rule.windowMs;
  const counted = await countRequest(db, rule, id, windowStart, overlap);
  if (counted === 1) await forgetOldWindows(db, now);
  if (counted !== undefined) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + rule.windowMs - now) / 1000));
  throw new AppError("rate_limited", `Too many requests. Try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });
}

/**
 * Counts the request in one statement, only if the sliding estimate leaves it room: the
 * previous window's count, weighed by `overlap`, plus the current one must stay under
 * the limit. The INSERT … ON CONFLICT DO UPDATE … WHERE runs against the locked row, so
 * concurrent requests on different instances never both take the last place, and a refused
 * request writes nothing. Returns the window's new count, or undefined when refused. (It was
 * three statements through Prisma: an upsert, a read and, when refused, a decrement.)
 */
async function countRequest(
  db: Database,
  rule: RateLimitRule,
  id: string,
  windowStart: number,
  overlap: number,
): Promise<number | undefined> {
  const start = new Date(windowStart);
  const previousStart = new Date(windowStart - rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    WITH previous AS (
      SELECT coalesce((SELECT p."count" FROM "RateLimitWindow" p
                        WHERE p."key" = ${id} AND p."windowStart" = ${previousStart}::timestamp(3)), 0)
             * ${overlap}::float8 AS "weight"
    )
    INSERT INTO "RateLimitWindow" AS w ("key", "windowStart", "count")
    SELECT ${id}, ${start}::timestamp(3), 1 FROM previous WHERE previous."weight" < ${rule.limit}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = w."count" + 1
     WHERE w."count" + (SELECT "weight" FROM previous) < ${rule.limit}
    RETURNING w."count"`;
  return rows[0]?.count;
}

/** Keeps the table small: a window that opened over an hour ago no longer counts anywhere. */
async function forgetOldWindows(db: Database, now: number): Promise<void> {
  await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now - 2 * MAX_WINDOW_MS) } } });
}
