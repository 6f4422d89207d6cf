/**
 * npm run bench:coach -- [--messages 40]
 *
 * The AI coach's own overhead, against the loopback model server of the tests (which answers
 * at once, so every millisecond measured is the app's): the route handlers are called in
 * process with a real session cookie on an embedded database, as the integration tests do.
 * Prints, p50/p95 over N messages: click to first streamed token and to the whole reply, for
 * the interviewer chat (with a 1,000-element board's graph sent along) and for the report's feedback;
 * then the bytes of the request sent to the model for a 1,000-element drawing.
 * Targets: p95 under 50 ms; the request under 20 KB (the graph, not the raw scene).
 */
import { randomBytes } from "node:crypto";
import { coachResponder } from "../tests/support/coach-responder";
import { startModelServer } from "../tests/support/openai-server";
import { percentile, printMachine } from "./bench-stats";

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const MESSAGES = flag("messages", 40);
const ELEMENTS = 1_000;

const model = await startModelServer({ respond: coachResponder });
Object.assign(process.env, {
  PGLITE_DIR: "memory://",
  OPENAI_BASE_URL: model.baseURL,
  OPENAI_API_KEY: "bench",
  OPENAI_MODEL: "bench-model",
  COACH_DAILY_CALLS: "100000",
});
delete process.env.DATABASE_URL;

const { NextRequest } = await import("next/server");
const { encode } = await import("next-auth/jwt");
const { getEnv } = await import("@/lib/config/env");
const { getDatabase, getDb } = await import("@/lib/startup/database");
const { startInterview } = await import("@/lib/interviews/start");
const { describeGraph } = await import("@/lib/grading");
const { submitInterview } = await import("@/lib/interviews/submit");
const chatRoute = await import("@/app/api/interviews/[id]/coach/chat/route");
const feedbackRoute = await import("@/app/api/interviews/[id]/coach/feedback/route");

const KINDS = ["Web server", "MySQL", "Redis cache", "Kafka", "Worker", "Load balancer", "CDN", "S3 bucket"];
const excalidrawId = () => randomBytes(16).toString("base64url").slice(0, 21);

/** A 1,000-element board: labelled boxes (a shape and its text) in a row of tiers, and arrows. */
function board() {
  const elements: Record<string, unknown>[] = [];
  const boxes: string[] = [];
  for (let index = 0; elements.length < ELEMENTS - 200; index++) {
    const id = excalidrawId();
    const text = excalidrawId();
    const label = `${KINDS[index % KINDS.length]} ${index}`;
    const x = (index % 20) * 260;
    const y = Math.floor(index / 20) * 200;
    boxes.push(id);
    elements.push(
      { id, type: "rectangle", x, y, width: 180, height: 80, angle: 0, boundElements: [{ id: text, type: "text" }] },
      {
        id: text,
        type: "text",
        x: x + 10,
        y: y + 30,
        width: 160,
        height: 20,
        text: label,
        originalText: label,
        containerId: id,
      },
    );
  }
  for (let index = 0; elements.length < ELEMENTS; index++) {
    const from = boxes[index % boxes.length]!;
    const to = boxes[(index + 1) % boxes.length]!;
    elements.push({
      id: excalidrawId(),
      type: "arrow",
      x: 0,
      y: 0,
      width: 80,
      height: 0,
      points: [
        [0, 0],
        [80, 0],
      ],
      startBinding: { elementId: from },
      endBinding: { elementId: to },
    });
  }
  return elements;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Runs one streaming request; returns ms to the first event carrying text and to the end. */
async function timed(call: () => Promise<Response>, textEvent: string) {
  const started = performance.now();
  const response = await call();
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let first = 0;
  let all = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    all += value;
    if (!first && all.includes(`event: ${textEvent}`)) first = performance.now() - started;
  }
  if (all.includes("event: error")) throw new Error(all);
  return { first, total: performance.now() - started };
}

const db = await getDb();
const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench" } });
const token = await encode({ token: { uid: user.id, sub: user.id }, secret: getEnv().auth.secret });
const cookie = `next-auth.session-token=${token}`;
const request = (path: string, body?: unknown) => {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new NextRequest(new URL(path, "http://localhost:3000"), {
    method: "POST",
    body: text,
    headers: { cookie, "content-type": "application/json", ...(text ? { "content-length": String(text.length) } : {}) },
  });
};

const elements = board();
// The page reads the board with the engine in the browser and sends what the grader sees.
const graph = describeGraph({ type: "excalidraw", version: 2, elements });
const running = await startInterview(db, user.id, "scale-to-millions");
const chat: { first: number; total: number }[] = [];
for (let index = 0; index < MESSAGES + 3; index++) {
  const result = await timed(
    () =>
      chatRoute.POST(request(`/api/interviews/${running.id}/coach/chat`, { message: `Question ${index}?`, graph }), {
        params: Promise.resolve({ id: running.id }),
      }),
    "delta",
  );
  if (index >= 3) chat.push(result); // the first few warm the JIT and the database
}
const chatRequestBytes = model.requests.at(-1)!.bytes;

const graded = await startInterview(db, user.id, "scale-to-millions");
await submitInterview(db, user.id, graded.id, {
  baseVersion: 0,
  scene: { type: "excalidraw", version: 2, elements, appState: {}, files: {} },
  notes: "10M DAU, read-heavy.",
});
const feedback: { first: number; total: number }[] = [];
for (let index = 0; index < MESSAGES + 3; index++) {
  const result = await timed(
    () =>
      feedbackRoute.POST(request(`/api/interviews/${graded.id}/coach/feedback`), {
        params: Promise.resolve({ id: graded.id }),
      }),
    "summary",
  );
  if (index >= 3) feedback.push(result);
}
const feedbackRequestBytes = model.requests.at(-1)!.bytes;
const sceneBytes = Buffer.byteLength(JSON.stringify(elements));

const row = (name: string, runs: { first: number; total: number }[]) => {
  const first = runs.map((r) => r.first);
  const total = runs.map((r) => r.total);
  console.log(
    `${name.padEnd(24)} first token p50 ${ms(percentile(first, 50))}, p95 ${ms(percentile(first, 95))}; ` +
      `whole reply p50 ${ms(percentile(total, 50))}, p95 ${ms(percentile(total, 95))}`,
  );
};
printMachine();
console.log(`AI coach overhead (${MESSAGES} messages each; the loopback model answers at once)`);
row("interviewer chat", chat);
row("report feedback", feedback);
console.log(
  `request for a ${ELEMENTS.toLocaleString("en")}-element drawing (raw scene ${(sceneBytes / 1024).toFixed(1)} KB):`,
);
console.log(
  `  feedback ${(feedbackRequestBytes / 1024).toFixed(1)} KB, chat ${(chatRequestBytes / 1024).toFixed(1)} KB (target < 20 KB)`,
);

await model.close();
await (await getDatabase()).close();
