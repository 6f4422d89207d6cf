/**
 * The keys of a grading result in the order the public contract (§5) gives them, written out
 * here rather than taken from lib/grading, so the engine's, the CLI's and the API's tests check the output
 * against the contract and not against the code that writes it. `requiredKinds` comes last,
 * only when a prompt's rubric names the kinds it needs.
 */
export const RESULT_KEYS = [
  "engineVersion",
  "prompt",
  "score",
  "components",
  "connections",
  "zones",
  "findings",
  "unrecognised",
] as const;

export const RESULT_KEYS_WITH_PROMPT = [...RESULT_KEYS, "requiredKinds"] as const;
