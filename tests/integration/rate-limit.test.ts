// Rate limits are counted in the database (lib/http/rate-limit.ts), so that instances behind
// a load balancer share one count: through the route wrapper, across two connections as two
// instances would hold, under concurrency, and over the sliding window's edge.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { consumeRateLimit, MAX_WINDOW_MS, type RateLimitRule } from "@/lib/http/rate-limit";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { getDatabase, getDb } from "@/lib/startup/database";
import { openTestDatabase } from "./helpers";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});
afterAll(async () => {
  await (await getDatabase()).close();
});

const MINUTE = 60_000;
/** A rule of its own per test, so counts never meet. */
const rule = (limit: number): RateLimitRule => ({ name: `test-${randomUUID()}`, limit, windowMs: MINUTE });
/** The start of a fixed window, so a test's requests fall in the window it means. */
const windowStart = Math.floor(Date.now() / MINUTE) * MINUTE;

async function outcome(work: Promise<void>): Promise<"allowed" | "refused"> {
  try {
    await work;
    return "allowed";
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") return "refused";
    throw error;
  }
}

describe("rate limits", () => {
  it("answer 429 with Retry-After through the route wrapper, counting keys apart", async () => {
    const limited = route(
      {
        auth: "public",
        params: z.object({ id: z.string() }),
        rateLimit: { ...rule(2), per: (_request, { id }) => id },
      },
      () => json({ ok: true }),
    );
    const call = async (id: string) =>
      limited(new Request("http://localhost/api/things"), { params: Promise.resolve({ id }) });
    expect((await call("a")).status).toBe(200);
    expect((await call("a")).status).toBe(200);
    const refused = await call("a");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "rate_limited", retryAfterSeconds: expect.any(Number) });
    expect((await call("b")).status).toBe(200);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    "hold across instances: two connections to one Postgres share the count",
    async () => {
      const other = await openTestDatabase();
      try {
        const shared = rule(3);
        const now = windowStart + 1_000;
        expect(await outcome(consumeRateLimit(db, shared, "client", now))).toBe("allowed");
        expect(await outcome(consumeRateLimit(other.db, shared, "client", now))).toBe("allowed");
        expect(await outcome(consumeRateLimit(db, shared, "client", now))).toBe("allowed");
        expect(await outcome(consumeRateLimit(other.db, shared, "client", now))).toBe("refused");
        expect(await outcome(consumeRateLimit(db, shared, "client", now))).toBe("refused");
      } finally {
        await other.close();
      }
    },
  );

  it("let exactly the limit through when requests arrive at once", async () => {
    const burst = rule(5);
    const now = windowStart + 1_000;
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => outcome(consumeRateLimit(db, burst, "client", now))),
    );
    expect(outcomes.filter((result) => result === "allowed")).toHaveLength(5);
  });

  it("do not count refused requests, and weigh the previous window by its overlap", async () => {
    const sliding = rule(4);
    // A full previous window, then hammering it: all refused, none counted.
    for (let call = 0; call < 4; call++) await consumeRateLimit(db, sliding, "client", windowStart - MINUTE + 1_000);
    for (let call = 0; call < 10; call++)
      expect(await outcome(consumeRateLimit(db, sliding, "client", windowStart - 1_000))).toBe("refused");
    // As the next window opens, the full previous one still weighs 4: refused, and no row opened.
    expect(await outcome(consumeRateLimit(db, sliding, "client", windowStart))).toBe("refused");
    expect(await db.rateLimitWindow.count({ where: { key: `${sliding.name}:client` } })).toBe(1);
    // Halfway through the next window, the previous one weighs 4 × 0.5 = 2: two more fit.
    const halfway = windowStart + MINUTE / 2;
    expect(await outcome(consumeRateLimit(db, sliding, "client", halfway))).toBe("allowed");
    expect(await outcome(consumeRateLimit(db, sliding, "client", halfway))).toBe("allowed");
    expect(await outcome(consumeRateLimit(db, sliding, "client", halfway))).toBe("refused");
    const stored = await db.rateLimitWindow.findMany({ where: { key: `${sliding.name}:client` } });
    expect(stored.map((window) => window.count).sort()).toEqual([2, 4]);
  });

  it("forget windows that no longer count anywhere as new ones open", async () => {
    const old = rule(10);
    await consumeRateLimit(db, old, "client", windowStart - 3 * MAX_WINDOW_MS);
    expect(await db.rateLimitWindow.count({ where: { key: `${old.name}:client` } })).toBe(1);
    await consumeRateLimit(db, rule(10), "someone-new", windowStart);
    expect(await db.rateLimitWindow.count({ where: { key: `${old.name}:client` } })).toBe(0);
  });
});
