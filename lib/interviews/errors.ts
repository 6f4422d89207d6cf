export type InterviewErrorCode =
  | "not_found"
  | "unknown_prompt"
  | "version_conflict"
  | "already_submitted"
  | "deadline_passed"
  | "too_large"
  | "invalid_scene";

const STATUS: Record<InterviewErrorCode, number> = {
  not_found: 404,
  unknown_prompt: 404,
  version_conflict: 409,
  already_submitted: 409,
  deadline_passed: 409,
  too_large: 413,
  invalid_scene: 400,
};

/** A refusal the API turns into `{ error, code, ...details }` with the matching status. */
export class InterviewError extends Error {
  readonly status: number;
  constructor(
    readonly code: InterviewErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "InterviewError";
    this.status = STATUS[code];
  }
}

export const notFound = () =>
  // Someone else's interview and a missing one look the same, so ids cannot be probed.
  new InterviewError("not_found", "No such interview.");
