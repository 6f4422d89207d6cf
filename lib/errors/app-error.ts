/**
 * The one error type services throw when they refuse something: a stable `code` that clients
 * may branch on, a message written for people, and optional details (the data a client needs
 * to recover, such as the other side of a version conflict).
 *
 * A code, once shipped, keeps its meaning. Each code answers with one HTTP status, given in
 * ERROR_STATUS below: the only code-to-status map. Services pick a code and never a status;
 * lib/http/route.ts turns an AppError into `{ error, code, issues?, ...details }` with that
 * status, and lib/http/action.ts into a form's error state.
 */
export const ERROR_STATUS = {
  /** Malformed params, query or body; `details.issues` lists what zod found. */
  invalid_request: 400,
  /** A drawing the grader cannot read. */
  invalid_scene: 400,
  /** No session, or its account is gone. */
  unauthenticated: 401,
  /** Signed in, without the role the action needs. */
  forbidden: 403,
  /** A state-changing request a browser sent from another origin (cross-site request forgery). */
  cross_origin: 403,
  /** Missing, or not the caller's (the two look the same so ids cannot be probed). */
  not_found: 404,
  unknown_prompt: 404,
  /** Another tab saved first; `details.current` is what the server holds now. */
  version_conflict: 409,
  already_submitted: 409,
  deadline_passed: 409,
  /** A review in a state that does not allow the change (withdrawing a claimed one, overriding a done one). */
  review_state: 409,
  /** Another mentor claimed the review first; `details.claimedBy` names them. */
  already_claimed: 409,
  /** A body over the route's byte limit, or a drawing over the scene limit. */
  too_large: 413,
  /** A body in another format than the route reads (JSON sent as text/plain). */
  unsupported_media_type: 415,
  /** The day's coach calls are used up (lib/coach/model.ts); the budget resets at midnight UTC. */
  budget_exhausted: 429,
  /** Too many requests from one address, saves of one interview or comments of one user; `details.retryAfterSeconds` says when to retry. */
  rate_limited: 429,
  internal: 500,
  /** The language model failed (refused, timed out, answered nonsense); retrying may work. */
  model_failed: 502,
  /** A dependency (the database) does not answer; retrying later may work. */
  unavailable: 503,
  /** No language model is configured (OPENAI_API_KEY / OPENAI_BASE_URL). */
  coach_not_configured: 503,
} as const satisfies Record<string, number>;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  /** The HTTP status of this error's code (ERROR_STATUS), for the layer that answers HTTP. */
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: object = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}
