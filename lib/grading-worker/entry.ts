// The worker thread's side of lib/grading-worker/pool.ts: grades the scenes it is sent, one at a
// time, with the same pure engine the rest of the app calls.
import { parentPort } from "node:worker_threads";
import { gradeScene, InvalidSceneError } from "@/lib/grading";
import type { GradeJob, GradeReply } from "./messages";

parentPort?.on("message", (job: GradeJob) => {
  let reply: GradeReply;
  try {
    reply = { id: job.id, ok: true, json: JSON.stringify(gradeScene(job.scene, job.rubric, job.options)) };
  } catch (error) {
    reply =
      error instanceof InvalidSceneError
        ? { id: job.id, ok: false, invalid: { reason: error.reason, message: error.message } }
        : { id: job.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
