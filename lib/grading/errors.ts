/** Why a scene was refused; lets callers map refusals (e.g. too_large to HTTP 413). */
export type InvalidSceneReason =
  | "not_json"
  | "too_large"
  | "too_many_elements"
  | "not_a_scene"
  | "invalid_element"
  /** A fault inside the engine on this input (a bug): reported, never thrown raw. */
  | "unreadable";

/**
 * The only error gradeScene throws for bad input. Its message is written for a person: it
 * says what is wrong and where (e.g. `elements[3].x must be a number, got "12"`).
 */
export class InvalidSceneError extends Error {
  override readonly name = "InvalidSceneError";
  readonly reason: InvalidSceneReason;

  constructor(reason: InvalidSceneReason, message: string) {
    super(message);
    this.reason = reason;
    // Keeps instanceof working when compiled to ES5-style classes by a bundler.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** True for an InvalidSceneError even across duplicated module copies (bundles, workers). */
  static is(error: unknown): error is InvalidSceneError {
    return error instanceof InvalidSceneError || (error instanceof Error && error.name === "InvalidSceneError");
  }
}

/** A rubric that names unknown rules or bad weights: a programming or catalog error. */
export class InvalidRubricError extends Error {
  override readonly name = "InvalidRubricError";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
