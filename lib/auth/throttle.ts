import type { Database } from "@/lib/db/client";

/**
 * Failed sign-ins are counted in the database, not in memory, so every stateless app
 * instance behind the load balancer enforces the same limit.
 *
 * Unknown clients are counted per account and per address; past the limit they wait until
 * the window moves on. A device that signed in to the account before (a valid device cookie,
 * lib/auth/device.ts) is counted on its own instead, so someone guessing an account's
 * password from elsewhere cannot lock its owner out.
 */
const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_DEVICE = 10;
const MAX_FAILURES_PER_ADDRESS = 20;

export type ThrottleKey = {
  email: string;
  address: string | null;
  /** The device id of a valid device cookie for this email, or null for an unknown client. */
  device?: string | null;
};

function keysOf({ email, address, device }: ThrottleKey) {
  if (device) return [{ key: `device:${device}`, limit: MAX_FAILURES_PER_DEVICE }];
  const keys = [{ key: `email:${email.toLowerCase()}`, limit: MAX_FAILURES_PER_EMAIL }];
  if (address) keys.push({ key: `ip:${address}`, limit: MAX_FAILURES_PER_ADDRESS });
  return keys;
}

/** Minutes until the caller may try again, or 0 when it is not throttled. */
export async function minutesUntilAllowed(db: Database, who: ThrottleKey, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  let waitMs = 0;
  for (const { key, limit } of keysOf(who)) {
    const recent = await db.signInAttempt.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (recent.length < limit) continue;
    // The oldest of the last `limit` failures has to leave the window first.
    const oldest = recent[recent.length - 1]!.createdAt.getTime();
    waitMs = Math.max(waitMs, oldest + THROTTLE_WINDOW_MS - now.getTime());
  }
  return waitMs > 0 ? Math.ceil(waitMs / 60_000) : 0;
}

export async function recordFailure(db: Database, who: ThrottleKey): Promise<void> {
  await db.signInAttempt.createMany({ data: keysOf(who).map(({ key }) => ({ key })) });
  // Keep the table small: failures older than the window no longer matter.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } });
}

/** After a successful sign-in: the failures counted for this client (the account's, or its device's). */
export async function clearFailures(db: Database, who: Omit<ThrottleKey, "address">): Promise<void> {
  const key = who.device ? `device:${who.device}` : `email:${who.email.toLowerCase()}`;
  await db.signInAttempt.deleteMany({ where: { key } });
}
