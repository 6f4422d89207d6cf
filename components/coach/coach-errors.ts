// What a failed coach call says, in the reader's language: the code of the route's answer
// (lib/coach/client/events.ts; AppError codes, or "network") picks a catalogue sentence, and a
// code the page does not know says the coach could not answer. The server's own English
// sentence stays in the JSON for developers.
const KNOWN = [
  "network",
  "budget_exhausted",
  "already_submitted",
  "coach_not_configured",
  "model_failed",
  "rate_limited",
  "not_found",
  "unauthenticated",
] as const;

export type CoachErrorCode = (typeof KNOWN)[number] | "other";

export function coachErrorCode(code: string): CoachErrorCode {
  return (KNOWN as readonly string[]).includes(code) ? (code as CoachErrorCode) : "other";
}
