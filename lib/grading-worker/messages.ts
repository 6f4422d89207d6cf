// What the pool and its worker thread say to each other (structured-clone friendly).
import type { GradeOptions } from "@/lib/grading";
import type { InvalidSceneReason } from "@/lib/grading/errors";
import type { Rubric } from "@/lib/grading/contract";

export interface GradeJob {
  id: number;
  scene: unknown;
  rubric: Rubric | undefined;
  options: GradeOptions;
}

export type GradeReply =
  /** The result as JSON text: a string crosses threads at memcpy speed, an object graph does not. */
  | { id: number; ok: true; json: string }
  | { id: number; ok: false; invalid: { reason: InvalidSceneReason; message: string } }
  | { id: number; ok: false; error: string };
