// Grading off the event loop. The engine is synchronous; a large scene (megabytes of JSON) keeps
// the thread busy for tens to hundreds of milliseconds, during which a Node process answers
// nothing else. Scenes above OFFLOAD_BYTES go to one worker thread instead, so health checks,
// saves and page renders stay responsive while it grades; small scenes are graded inline, where
// copying them to a thread would cost more than it saves.
import { Worker } from "node:worker_threads";
import { gradeScene, InvalidSceneError, type GradeOptions, type Rubric } from "@/lib/grading";
import type { GradeJob, GradeReply } from "./messages";

/** Above this size (bytes of JSON text) a scene is graded in the worker. */
export const OFFLOAD_BYTES = 256 * 1024;
/** A grade that takes longer than this has hit a bug, not a big drawing: the worker is replaced. */
const JOB_TIMEOUT_MS = 30_000;

interface Job {
  message: GradeJob;
  resolve: (json: string) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
/** Jobs waiting for the worker. Each is posted only when the one before it is done: copying a
 * 10 MB scene into the thread takes the main thread tens of milliseconds, and eight of them
 * posted in one go would stall it as long as grading inline would. */
const queue: Job[] = [];
let running: { job: Job; thread: Worker; timer: NodeJS.Timeout } | null = null;

function finish(outcome: { json: string } | { error: Error }) {
  if (!running) return;
  clearTimeout(running.timer);
  const { job } = running;
  running = null;
  if ("json" in outcome) job.resolve(outcome.json);
  else job.reject(outcome.error);
  setImmediate(dispatch);
}

function startWorker(): Worker {
  // Bundled by `next build`, the entry below is compiled JavaScript (the bundler follows
  // `new Worker(new URL(…))`). Run from source (tests, scripts), this module is TypeScript, and
  // the worker loads the entry through tsx, as the parent process was.
  const thread = import.meta.url.endsWith(".ts")
    ? new Worker(
        `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(new URL("./entry.ts", import.meta.url).href)}, __filename))`,
        { eval: true },
      )
    : new Worker(new URL("./entry.ts", import.meta.url));
  thread.unref();
  thread.on("message", (reply: GradeReply) => {
    if (running?.job.message.id !== reply.id) return;
    if (reply.ok) finish({ json: reply.json });
    else if ("invalid" in reply) finish({ error: new InvalidSceneError(reply.invalid.reason, reply.invalid.message) });
    else finish({ error: new Error(`grading worker: ${reply.error}`) });
  });
  const lost = (error: Error) => {
    if (worker === thread) worker = null;
    if (running?.thread === thread) finish({ error });
  };
  thread.on("error", lost);
  thread.on("exit", (code) => lost(new Error(`grading worker exited (code ${code})`)));
  return thread;
}

function dispatch() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  worker ??= startWorker();
  const thread = worker;
  const timer = setTimeout(() => {
    // A grade this long is a bug, not a big drawing: replace the worker rather than wait.
    if (worker === thread) worker = null;
    finish({ error: new Error(`grading took over ${JOB_TIMEOUT_MS} ms`) });
    void thread.terminate();
  }, JOB_TIMEOUT_MS);
  running = { job, thread, timer };
  thread.postMessage(job.message);
}

function sizeOf(scene: unknown): number {
  if (typeof scene === "string") return scene.length;
  if (scene instanceof Uint8Array) return scene.byteLength;
  return 0;
}

/**
 * gradeScene, with the same arguments, answering its result as JSON text (what an HTTP answer
 * needs), graded off the main thread when the scene is large. Large jobs are graded one at a
 * time, in the order of the calls.
 */
export function gradeSceneToJson(scene: unknown, rubric?: Rubric, options: GradeOptions = {}): Promise<string> {
  if (sizeOf(scene) < OFFLOAD_BYTES)
    return Promise.resolve().then(() => JSON.stringify(gradeScene(scene, rubric, options)));
  return new Promise<string>((resolve, reject) => {
    queue.push({ message: { id: nextId++, scene, rubric, options }, resolve, reject });
    dispatch();
  });
}
