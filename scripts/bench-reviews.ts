/**
 * npm run bench:reviews -- [--reviews 10000] [--comments 500] [--runs 60]
 *
 * The server time of the mentor queue page (the queue's oldest 50 of 10,000 requested
 * reviews, its total, and the prompts for the filter, as app/(app)/(site)/mentor/page.tsx
 * loads them) and of a thread load (a review with 500 comments, as the report and the
 * workspace load them), and of the live view's poll of that thread. Prints p50/p95/max per
 * measure. With DATABASE_URL a fresh database is created on that server and dropped; else an
 * embedded PGlite in a temporary folder. Target: p95 under 100 ms each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "@/lib/db/client";
import { createScratchDatabase } from "@/lib/db/scratch-database";
import type { SessionUser } from "@/lib/auth/session";
import { listPrompts } from "@/lib/prompts/queries";
import { listComments } from "@/lib/reviews/comments";
import { listReviewQueue } from "@/lib/reviews/queue";
import { seedDatabase } from "@/lib/startup/seed";
import { percentile, printMachine } from "./bench-stats";

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const REVIEWS = flag("reviews", 10_000);
const COMMENTS = flag("comments", 500);
const RUNS = flag("runs", 60);
const BATCH = 1_000;

async function fill(db: Database) {
  const prompts = await db.prompt.findMany({ select: { id: true } });
  const candidates = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      db.user.create({ data: { email: `bench-${i}@example.test`, name: `Candidate ${i}` } }),
    ),
  );
  const mentor = await db.user.create({ data: { email: "bench-mentor@example.test", name: "Mentor", role: "mentor" } });
  const start = Date.now() - REVIEWS * 60_000;
  for (let offset = 0; offset < REVIEWS; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, REVIEWS - offset) }, (_, i) => {
      const n = offset + i;
      const at = new Date(start + n * 60_000);
      return {
        id: `bench${n}`,
        n,
        at,
        userId: candidates[n % candidates.length]!.id,
        promptId: prompts[n % prompts.length]!.id,
      };
    });
    await db.interview.createMany({
      data: rows.map((r) => ({
        id: r.id,
        userId: r.userId,
        promptId: r.promptId,
        status: "submitted",
        startedAt: r.at,
        deadline: r.at,
        submittedAt: r.at,
      })),
    });
    await db.grade.createMany({
      data: rows.map((r) => ({ interviewId: r.id, engineVersion: "bench", score: r.n % 101, result: {} })),
    });
    await db.review.createMany({ data: rows.map((r) => ({ interviewId: r.id, requestedAt: r.at, note: "bench" })) });
  }
  // The thread: one review claimed by the mentor, with COMMENTS comments (threads of five).
  const threaded = "bench0";
  await db.review.update({ where: { interviewId: threaded }, data: { status: "in_review", mentorId: mentor.id } });
  const owner = candidates[0]!;
  for (let i = 0; i < COMMENTS; i += 5) {
    const root = await db.comment.create({
      data: { interviewId: threaded, authorId: mentor.id, body: `Thread ${i}: **why** this?`, elementIds: [`e${i}`] },
    });
    await db.comment.createMany({
      data: Array.from({ length: Math.min(4, COMMENTS - i - 1) }, (_, k) => ({
        interviewId: threaded,
        authorId: k % 2 ? mentor.id : owner.id,
        parentId: root.id,
        body: `Reply ${k} with a [link](https://example.com) and \`code\`.`,
      })),
    });
  }
  await db.$executeRawUnsafe("ANALYZE");
  const asUser = (u: { id: string; email: string; name: string }, role: SessionUser["role"]): SessionUser => ({
    ...u,
    role,
  });
  return { mentor: asUser(mentor, "mentor"), owner: asUser(owner, "candidate"), threaded };
}

async function measure(name: string, work: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const at = (p: number) => percentile(times, p).toFixed(1).padStart(6);
  console.log(`${name.padEnd(44)} p50 ${at(50)} ms  p95 ${at(95)} ms  max ${at(100)} ms`);
}

printMachine();
const serverUrl = process.env.DATABASE_URL;
const scratch = serverUrl ? await createScratchDatabase(serverUrl, "scaleboard_bench") : null;
const dir = scratch ? null : mkdtempSync(path.join(tmpdir(), "scaleboard-bench-"));
const opened = await openDatabase(scratch ? { mode: "postgres", url: scratch.url } : { mode: "pglite", dir: dir! });
try {
  await seedDatabase(opened.db, { demoAccounts: false });
  const filling = performance.now();
  const { mentor, owner, threaded } = await fill(opened.db);
  console.log(
    `${opened.mode}: ${REVIEWS.toLocaleString("en")} requested reviews and a ${COMMENTS}-comment thread written in ${((performance.now() - filling) / 1000).toFixed(1)} s; ${RUNS} runs each`,
  );
  await measure("queue page (oldest 50, total, prompts)", () =>
    Promise.all([listReviewQueue(opened.db, mentor, { state: "open", mine: false }), listPrompts(opened.db)]),
  );
  await measure("queue filtered by prompt", () =>
    listReviewQueue(opened.db, mentor, { state: "requested", mine: false, prompt: "url-shortener" }),
  );
  await measure(`thread load (${COMMENTS} comments)`, () => listComments(opened.db, owner, threaded));
  await measure("live poll of that thread (nothing new)", () => listComments(opened.db, owner, threaded, new Date()));
} finally {
  await opened.close();
  await scratch?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
